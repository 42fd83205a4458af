-- Batch evaluation: a run is split into chunks of accounts; instances claim chunks with FOR UPDATE SKIP LOCKED.
create table batch_run (
    id          uuid         primary key,
    status      varchar(16)  not null,
    segment     varchar(64),
    plan        varchar(16),
    as_of       timestamptz  not null,
    total       integer      not null,
    done        integer      not null default 0,
    failed      integer      not null default 0,
    created_by  varchar(200) not null,
    created_at  timestamptz  not null,
    finished_at timestamptz
);

create table batch_chunk (
    run_id      uuid         not null references batch_run (id),
    chunk_no    integer      not null,
    account_ids text[]       not null,
    status      varchar(16)  not null,
    claimed_by  varchar(120),
    claimed_at  timestamptz,
    finished_at timestamptz,
    evaluated   integer      not null default 0,
    failed      integer      not null default 0,
    primary key (run_id, chunk_no)
);
create index batch_chunk_pending on batch_chunk (status, run_id, chunk_no) where status = 'PENDING';

-- Evaluations made by a batch run name it, so its result can be read back.
alter table evaluation add column batch_run_id uuid references batch_run (id);
create index evaluation_batch_run on evaluation (batch_run_id) where batch_run_id is not null;
