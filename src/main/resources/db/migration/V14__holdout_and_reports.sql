-- Holdout: a deterministic share of accounts is evaluated and its actions recorded as "would have acted", but nothing
-- is delivered or shown. Adding a NOT NULL column with a constant default rewrites no row (no UPDATE is run, so the
-- append-only triggers do not object); rows written before the holdout existed were all treated.
alter table evaluation add column held_out boolean not null default false;
alter table expansion_action add column held_out boolean not null default false;

-- Validate: the customer's "was this helpful" rating (1-5) where the app collects one, and the calibration version
-- behind the action's probability (null until calibrations exist; the evaluation's version is copied here then).
alter table action_outcome add column helpful_rating integer check (helpful_rating between 1 and 5);
alter table action_outcome add column calibration_version varchar(64);

-- The signals of each evaluation as rows (they are also in evaluation.decision), so conversion by signal is an
-- indexed join rather than a scan of every decision's JSON. Append-only like the decision it belongs to.
create table evaluation_signal (
    evaluation_id uuid             not null references evaluation (id),
    ordinal       integer          not null,
    code          varchar(40)      not null,
    strength      double precision not null,
    primary key (evaluation_id, ordinal)
);
insert into evaluation_signal (evaluation_id, ordinal, code, strength)
select e.id, s.n::integer, s.value ->> 'code', (s.value ->> 'strength')::double precision
  from evaluation e cross join lateral jsonb_array_elements(e.decision -> 'signals') with ordinality as s(value, n);
create trigger evaluation_signal_append_only before update or delete on evaluation_signal
    for each row execute function headroom_refuse_change();

-- Report access paths (GET /api/v1/reports/...): decisions by time, an account's first HIGH, actions of a decision,
-- the latest outcome of an action, events by kind and time.
create index evaluation_as_of on evaluation (as_of);
create index evaluation_tier_account_as_of on evaluation (tier, account_id, as_of);
-- actions by evaluation: expansion_action_evaluation (evaluation_id, channel) from V9 serves these joins too
-- the latest outcome of an action: action_outcome_action from V10
create index commercial_event_kind_occurred on commercial_event (kind, occurred_at);
