-- Each verification of the audit hash chain: when, by whom, how long it took and what it found. The audit explorer
-- shows the latest instead of walking the whole chain on every page view; the schedule and GET /api/v1/audit/verify
-- add rows. Kept as a record of the checks themselves (append-only, like the chain).
create table audit_verification (
    id          bigserial    primary key,
    verified_at timestamptz  not null,
    took_ms     bigint       not null,
    principal   varchar(200) not null,
    ok          boolean      not null,
    result      jsonb        not null
);
create index audit_verification_latest on audit_verification (verified_at desc, id desc);
create trigger audit_verification_append_only before update or delete on audit_verification
    for each row execute function headroom_refuse_change();
