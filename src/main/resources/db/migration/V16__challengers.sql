-- Learning: challenger proposals. Factor weights fitted from recorded outcomes, the backtest of champion vs challenger
-- on held-out time (the evidence), and the proposed readiness workbook. A proposal never changes the active rule set;
-- it becomes a rule set only through rule-set governance, by a human. Never changed once stored.
create table challenger (
    id                    uuid          primary key,
    created_at            timestamptz   not null,
    created_by            varchar(200)  not null,
    based_on_ruleset      varchar(128)  not null,
    training_from         timestamptz   not null,
    training_to           timestamptz   not null,
    held_out_from         timestamptz   not null,
    segment               varchar(64),
    coefficients          jsonb         not null,
    weights               jsonb         not null,
    backtest              jsonb         not null,
    workbook              bytea         not null
);

create trigger challenger_append_only before update or delete on challenger
    for each row execute function headroom_refuse_change();
