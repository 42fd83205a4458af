-- Rule-set versions: a version is the SHA-256 over its files; the files are kept so a decision can be replayed.
create table ruleset_version (
    version        varchar(64)  primary key,
    first_loaded_at timestamptz not null,
    rule_count     integer      not null,
    file_count     integer      not null
);

create table ruleset_file (
    version     varchar(64)  not null references ruleset_version (version),
    path        varchar(300) not null,
    sha256      varchar(64)  not null,
    size_bytes  integer      not null,
    content     bytea        not null,
    primary key (version, path)
);

-- Every activation of a version, in order (start-up loads count as activations).
create table ruleset_activation (
    id           bigserial    primary key,
    version      varchar(64)  not null references ruleset_version (version),
    activated_at timestamptz  not null,
    activated_by varchar(120) not null
);

-- One decision: the input facts as asserted, the outputs, and the rule-set version that produced them.
create table evaluation (
    id              uuid         primary key,
    account_id      varchar(64)  not null references account (id),
    as_of           timestamptz  not null,
    ruleset_version varchar(64)  not null references ruleset_version (version),
    created_at      timestamptz  not null,
    score           integer      not null,
    tier            varchar(8)   not null,
    facts           jsonb        not null,
    decision        jsonb        not null
);
create index evaluation_account_created on evaluation (account_id, created_at desc);
create index evaluation_version_created on evaluation (ruleset_version, created_at desc);
create index evaluation_created on evaluation (created_at desc);

-- Rules fired by an evaluation, in firing order, with the file (and sheet and row for table rows) they came from.
create table fired_rule (
    evaluation_id uuid         not null references evaluation (id),
    ordinal       integer      not null,
    rule_name     varchar(200) not null,
    rule_package  varchar(200) not null,
    file          varchar(300),
    sheet         varchar(100),
    row_number    integer,
    line_number   integer,
    primary key (evaluation_id, ordinal)
);
create index fired_rule_name on fired_rule (rule_name);

-- Actions an evaluation started, linked to the table row that proposed them.
create table expansion_action (
    id            uuid         primary key,
    evaluation_id uuid         not null references evaluation (id),
    account_id    varchar(64)  not null references account (id),
    playbook      varchar(40)  not null,
    channel       varchar(24)  not null,
    reason        text         not null,
    rule_name     varchar(200) not null,
    rule_file     varchar(300),
    rule_sheet    varchar(100),
    rule_row      integer,
    created_at    timestamptz  not null
);
create index expansion_action_account on expansion_action (account_id, created_at desc);

-- The customer's response to an action (Validate). Guardrails read the latest decline.
create table action_outcome (
    id          uuid         primary key,
    action_id   uuid         not null references expansion_action (id),
    account_id  varchar(64)  not null references account (id),
    response    varchar(16)  not null,
    arr_delta   numeric(14,2),
    reason      text,
    responded_at timestamptz not null,
    recorded_at timestamptz  not null
);
create index action_outcome_account on action_outcome (account_id, response, responded_at desc);

-- The audit trail is append-only: no update or delete of a decision, its fired rules or its actions' origin.
create or replace function headroom_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'table % is append-only', tg_table_name;
end;
$$;
create trigger evaluation_append_only before update or delete on evaluation
    for each row execute function headroom_refuse_change();
create trigger fired_rule_append_only before update or delete on fired_rule
    for each row execute function headroom_refuse_change();
create trigger ruleset_file_append_only before update or delete on ruleset_file
    for each row execute function headroom_refuse_change();
create trigger action_outcome_append_only before update or delete on action_outcome
    for each row execute function headroom_refuse_change();
