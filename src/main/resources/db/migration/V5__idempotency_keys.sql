-- Record mutations called with an idempotencyKey: the first call with a key claims it here, in its own
-- transaction, with what it recorded; a retry with the same key and input gets that entry back instead of a
-- second one. One editor's keys never collide with another's.
create table idempotency_key (
    author varchar(200) not null,
    idempotency_key varchar(200) not null,
    operation varchar(40) not null,
    input_sha256 varchar(64) not null,
    result_id varchar(150) not null,
    recorded_at timestamp with time zone not null,
    primary key (author, idempotency_key)
);
