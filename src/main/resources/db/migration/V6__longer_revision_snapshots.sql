-- A meeting may have 20 outcomes of 1,000 characters and their 1,000-character quotes: its revision snapshot
-- can exceed the 20,000 characters first allowed. Every input's strings and lists have a maximum
-- (InputSizesTest), so a snapshot stays well below this one.
alter table revision alter column snapshot set data type varchar(1000000);
