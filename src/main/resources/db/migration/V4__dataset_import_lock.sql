-- One row that the dataset import locks (select ... for update) for its whole transaction, so that replicas
-- starting together on one empty database import the bundled dataset one after another: the first inserts it,
-- the others wait, then find it imported.
create table dataset_import_lock (
    id integer primary key
);
insert into dataset_import_lock (id) values (1);
