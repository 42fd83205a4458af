-- Rule-set governance (issue 6): how each version came to be activated, its review, its simulations, and the
-- append-only rule-set event log.

-- Why a version became active: STARTUP (the folders read at start), RESUME (the last chosen version reloaded at
-- start), ACTIVATE, ROLLBACK, RELOAD. Rows written before this migration were all start-up loads.
alter table ruleset_activation add column kind varchar(16) not null default 'STARTUP';

-- The review of a version that came through the governance workflow: who uploaded it, what the checks found, and the
-- reviewer's decision. ACTIVE and RETIRED are not stored: they follow from ruleset_activation.
create table ruleset_review (
    version          varchar(64)  primary key references ruleset_version (version),
    state            varchar(16)  not null check (state in ('DRAFT', 'CHECKED', 'APPROVED', 'REJECTED')),
    origin           varchar(16)  not null check (origin in ('UPLOAD', 'RELOAD')),
    based_on         varchar(64)  references ruleset_version (version),
    uploaded_by      varchar(200) not null,
    uploaded_at      timestamptz  not null,
    upload_comment   text,
    checks           jsonb        not null,
    reviewed_by      varchar(200),
    reviewed_at      timestamptz,
    review_comment   text
);

-- Each simulation of a version against the version active then, over a period of stored evaluations.
create table ruleset_simulation (
    id               uuid         primary key,
    version          varchar(64)  not null references ruleset_version (version),
    baseline_version varchar(64)  not null references ruleset_version (version),
    period_from      timestamptz  not null,
    period_to        timestamptz  not null,
    created_at       timestamptz  not null,
    created_by       varchar(200) not null,
    result           jsonb        not null
);
create index ruleset_simulation_version on ruleset_simulation (version, created_at desc);

-- The rule-set audit trail: every upload (accepted or refused), check result, simulation, approval, rejection,
-- activation, rollback and reload. content is the event's canonical JSON, written once: the text a hash chain covers.
create table ruleset_event (
    id          bigserial    primary key,
    occurred_at timestamptz  not null,
    principal   varchar(200) not null,
    kind        varchar(24)  not null,
    version     varchar(64),
    content     text         not null
);
create index ruleset_event_version on ruleset_event (version, id);
create index ruleset_event_occurred on ruleset_event (occurred_at, id);

create trigger ruleset_simulation_append_only before update or delete on ruleset_simulation
    for each row execute function headroom_refuse_change();
create trigger ruleset_event_append_only before update or delete on ruleset_event
    for each row execute function headroom_refuse_change();
create trigger ruleset_activation_append_only before update or delete on ruleset_activation
    for each row execute function headroom_refuse_change();
