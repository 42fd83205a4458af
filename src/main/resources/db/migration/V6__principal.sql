-- Who did it: the authenticated principal behind each decision and each recorded outcome (null for rows written
-- before authentication existed, and for decisions of the shipped sample, which names itself 'headroom-sample').
-- Adding a column is a schema change, not an UPDATE: the append-only triggers do not object.
alter table evaluation add column principal varchar(200);
alter table action_outcome add column principal varchar(200);

-- Idempotency-Key: the first answer to a creating POST, per caller and key, stored in the transaction that created
-- the thing. The primary key is what makes two simultaneous requests with one key create only once.
-- body is json, not jsonb: json keeps the text as answered, so a replay is byte for byte the first answer.
create table idempotency_record (
    principal       varchar(200) not null,
    idempotency_key varchar(200) not null,
    method_path     varchar(300) not null,
    request_sha256  char(64)     not null,
    status          integer,
    body            json,
    location        varchar(500),
    created_at      timestamptz  not null,
    primary key (principal, idempotency_key)
);
comment on column idempotency_record.status is 'null only inside the transaction that claimed the key';
create index idempotency_record_created on idempotency_record (created_at);
