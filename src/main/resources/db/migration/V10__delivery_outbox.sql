-- Delivery: a transactional outbox. An evaluation writes one row per deliverable action in its own transaction; each
-- instance's worker claims due rows with FOR UPDATE SKIP LOCKED and a lease, POSTs them to the webhook and records
-- every attempt. PENDING rows wait for their next attempt; DELIVERED got a 2xx; DEAD ran out of attempts.
create table delivery (
    id               uuid         primary key,
    -- Deferred: Hibernate may flush the outbox row before the action it points at, within one transaction.
    action_id        uuid         not null unique references expansion_action (id) deferrable initially deferred,
    evaluation_id    uuid         not null,
    account_id       varchar(64)  not null,
    -- The body exactly as sent and signed (json keeps the text; jsonb would reorder it).
    payload          json         not null,
    status           varchar(16)  not null,
    attempts         integer      not null default 0,
    -- Attempts made before the latest manual retry: a retried dead letter gets a fresh round of attempts.
    round_start      integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    claimed_by       varchar(120),
    claim_token      uuid,
    locked_until     timestamptz,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz  not null,
    delivered_at     timestamptz,
    dead_at          timestamptz,
    retried_at       timestamptz,
    retried_by       varchar(200),
    constraint delivery_status check (status in ('PENDING', 'DELIVERED', 'DEAD'))
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_status_created on delivery (status, created_at desc);
create index delivery_account_created on delivery (account_id, created_at desc);

-- Every attempt, failed or not: HTTP status or the error, when, and which worker. Append-only.
create table delivery_attempt (
    delivery_id  uuid         not null references delivery (id),
    attempt      integer      not null,
    started_at   timestamptz  not null,
    finished_at  timestamptz  not null,
    status_code  integer,
    error        text,
    worker       varchar(120) not null,
    primary key (delivery_id, attempt)
);
create trigger delivery_attempt_append_only before update or delete on delivery_attempt
    for each row execute function headroom_refuse_change();

-- The CS worklist (GET /api/v1/actions): newest first, by channel, and each action's latest outcome.
create index expansion_action_created on expansion_action (created_at desc, id desc);
create index expansion_action_channel on expansion_action (channel, created_at desc);
create index action_outcome_action on action_outcome (action_id, responded_at desc, recorded_at desc);
