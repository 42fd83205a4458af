-- Commercial outcomes of an account, dated: expansions, contractions, churn and satisfaction results.
-- Append-only like the audit tables: an event that happened is never changed or removed.
create table commercial_event (
    id          varchar(200)  primary key,
    account_id  varchar(64)   not null references account (id),
    kind        varchar(16)   not null check (kind in ('EXPANSION', 'CONTRACTION', 'CHURN', 'CSAT')),
    occurred_at timestamptz   not null,
    arr_delta   numeric(14,2),
    source      varchar(128)  not null,
    detail      jsonb,
    recorded_at timestamptz   not null
);
create index commercial_event_account_occurred on commercial_event (account_id, occurred_at desc);

create trigger commercial_event_append_only before update or delete on commercial_event
    for each row execute function headroom_refuse_change();
create trigger commercial_event_no_truncate before truncate on commercial_event
    for each statement execute function headroom_refuse_change();

-- Subscriptions read from CSV exports, keyed by the exporting system (source) and its subscription id.
-- They link usage rows to accounts and give each account its current plan, seats, ARR and renewal date.
-- Master data, not history: a re-export may end a subscription, so rows are replaced by later imports.
create table subscription (
    source            varchar(32)    not null,
    id                varchar(64)    not null,
    account_id        varchar(64)    not null references account (id),
    plan              varchar(16)    not null references plan (code),
    seats             integer        not null check (seats >= 0),
    arr               numeric(14,2)  not null check (arr >= 0),
    start_date        date           not null,
    end_date          date           check (end_date >= start_date),
    billing_frequency varchar(8)     not null check (billing_frequency in ('MONTHLY', 'ANNUAL')),
    trial             boolean        not null,
    imported_at       timestamptz    not null,
    primary key (source, id)
);
create index subscription_account on subscription (account_id, start_date desc);
