-- Meetings, places and sources can be retracted like statistics: hidden from lists, kept for the record.
alter table meeting add column retracted boolean default false not null;
alter table place add column retracted boolean default false not null;
alter table source add column retracted boolean default false not null;
