-- Tamper evidence: a hash chain over audit records (README "Replay and tamper evidence").
-- Writers do not take a chain lock: an insert into an audited table queues the record in audit_pending (a trigger,
-- so the batch path, the demo world and any future writer are covered alike). The sealer (audit/chain/ChainSealer),
-- one at a time across instances (advisory lock), appends queued records to audit_chain in sequence, each link
-- hashing the previous link, the record's kind and id and the hash of its canonical content.

create table audit_pending (
    id          bigserial    primary key,
    kind        varchar(32)  not null,
    record_id   varchar(64)  not null,
    enqueued_at timestamptz  not null default now()
);
create index audit_pending_record on audit_pending (kind, record_id);

create table audit_chain (
    seq          bigint       primary key,
    kind         varchar(32)  not null,
    record_id    varchar(64)  not null,
    record_hash  char(64)     not null,
    part_hashes  jsonb        not null,
    prev_hash    char(64)     not null,
    chain_hash   char(64)     not null,
    sealed_at    timestamptz  not null,
    unique (kind, record_id)
);
comment on column audit_chain.part_hashes is 'SHA-256 of each canonical part of the record, so verify can say which part changed';
comment on column audit_chain.chain_hash is 'SHA-256 of prev_hash, seq, kind, record_id and record_hash (audit/chain/ChainLink)';

create trigger audit_chain_append_only before update or delete on audit_chain
    for each row execute function headroom_refuse_change();

-- Queues the inserted row for sealing: TG_ARGV[0] is the kind, TG_ARGV[1] the name of the row's id column.
-- Another audited table plugs in with one trigger:
--   create trigger x_chain after insert on x for each row execute function headroom_audit_enqueue('X', 'id');
create or replace function headroom_audit_enqueue() returns trigger language plpgsql as $$
begin
    insert into audit_pending (kind, record_id) values (tg_argv[0], to_jsonb(new) ->> tg_argv[1]);
    return null;
end;
$$;

create trigger evaluation_chain after insert on evaluation
    for each row execute function headroom_audit_enqueue('EVALUATION', 'id');

-- Evaluations stored before the chain existed are queued in the order they were made.
insert into audit_pending (kind, record_id)
select 'EVALUATION', id::text from evaluation order by created_at, id;
