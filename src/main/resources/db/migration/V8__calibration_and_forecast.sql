-- Score and Forecast: calibrations of the readiness score (versioned, one active), the add-on price list, and what
-- each evaluation concluded from them (probability, revenue potential, forecast) with the inputs it used.

-- A calibration turns a readiness score (0-100) into P(the account expands within 90 days):
-- p = 1 / (1 + exp(-(intercept + slope * score))). Fitted ones also carry the Kaplan-Meier medians of the time
-- from a first HIGH tier to expansion (time_to_expansion), used by the forecast. Never changed once stored.
create table calibration (
    version           varchar(64)   primary key,
    method            varchar(32)   not null,
    parameters        jsonb         not null,
    fitted_at         timestamptz   not null,
    fitted_by         varchar(200)  not null,
    training_from     timestamptz,
    training_to       timestamptz,
    segment           varchar(64),
    n                 integer       not null check (n >= 0),
    positives         integer       not null check (positives >= 0),
    brier             double precision,
    held_out_n        integer,
    held_out_brier    double precision,
    compared_version  varchar(64),
    compared_brier    double precision,
    reliability       jsonb         not null,
    time_to_expansion jsonb,
    notes             text
);

-- Every activation, in order; the latest names the active calibration.
create table calibration_activation (
    id           bigserial     primary key,
    version      varchar(64)   not null references calibration (version),
    activated_at timestamptz   not null,
    activated_by varchar(200)  not null,
    reason       text          not null
);

create trigger calibration_append_only before update or delete on calibration
    for each row execute function headroom_refuse_change();
create trigger calibration_activation_append_only before update or delete on calibration_activation
    for each row execute function headroom_refuse_change();

-- The documented prior (README "Readiness probability"): 2% at score 0, 30% at 70 (the HIGH threshold), 60% at 100.
insert into calibration (version, method, parameters, fitted_at, fitted_by, n, positives, reliability, notes)
values ('prior-v1', 'PRIOR_LOGISTIC', '{"intercept": -3.9, "slope": 0.043}', now(), 'migration V8', 0, 0, '[]',
        'Prior before any outcome is recorded: logistic in the score, 2% at 0, 30% at 70, 60% at 100.');
insert into calibration_activation (version, activated_at, activated_by, reason)
values ('prior-v1', now(), 'migration V8', 'no calibration fitted on outcomes yet');

-- Add-ons sold on top of a plan (DESIGN.md "Plan catalog defaults"), editable data like plan.
create table add_on (
    code              varchar(24)    primary key,
    name              varchar(100)   not null,
    monthly_price_usd numeric(10, 2) not null check (monthly_price_usd >= 0),
    unit              varchar(100)   not null
);
insert into add_on (code, name, monthly_price_usd, unit)
values ('EXTRA_SEAT',    'Extra seat',    25.00, 'per seat beyond the licence'),
       ('LANGUAGE_PACK', 'Language pack', 49.00, '5 more target languages a cycle'),
       ('VOICE_CLONING', 'Voice cloning', 99.00, 'per account'),
       ('LIP_SYNC',      'Lip-sync',     149.00, 'per account'),
       ('API_OVERAGE',   'API overage',   99.00, '100 more API requests a minute');

-- What an evaluation concluded about probability, value and time, and the inputs it used (replayable).
alter table evaluation add column calibration_version varchar(64) references calibration (version);
alter table evaluation add column probability double precision;
alter table evaluation add column arr_delta numeric(14, 2);
alter table evaluation add column expected_value numeric(14, 2);
alter table evaluation add column days_to_expansion integer;
alter table evaluation add column forecast_method varchar(32);
alter table evaluation add column upsell_likelihood_90d double precision;
alter table evaluation add column scoring_inputs jsonb;
