-- An article's web address (issue 16), optional: the bundled articles' own metadata gives none.
alter table source add column url varchar(2000);
