-- Contract v1: plan catalog, account master data, append-only observations.

CREATE TABLE plan (
    code                    varchar(16)    PRIMARY KEY,
    monthly_price_usd       numeric(10, 2) NOT NULL CHECK (monthly_price_usd >= 0),
    minutes_quota           integer        NOT NULL CHECK (minutes_quota >= 0),
    languages_limit         integer        NOT NULL CHECK (languages_limit >= 0),
    seats_included          integer        NOT NULL CHECK (seats_included >= 0),
    api_requests_per_minute integer        NOT NULL CHECK (api_requests_per_minute >= 0),
    storage_gb              integer        NOT NULL CHECK (storage_gb >= 0),
    sso                     boolean        NOT NULL
);

COMMENT ON COLUMN plan.languages_limit IS 'Enterprise "all languages" is stored as 200';
COMMENT ON COLUMN plan.api_requests_per_minute IS '0 = no API access';

-- DESIGN.md "Plan catalog defaults"; 1 TB = 1000 GB.
INSERT INTO plan (code, monthly_price_usd, minutes_quota, languages_limit, seats_included, api_requests_per_minute, storage_gb, sso)
VALUES ('STARTER',      49.00,    60,   3,   2,    0,    50, false),
       ('PRO',         199.00,   300,  10,   5,   60,   250, false),
       ('BUSINESS',    799.00,  1500,  30,  20,  300,  1000, true),
       ('ENTERPRISE', 3000.00, 10000, 200, 100, 1000, 10000, true);

CREATE TABLE account (
    id                      varchar(64)    PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9._-]{1,64}$'),
    name                    varchar(200)   NOT NULL,
    plan                    varchar(16)    NOT NULL REFERENCES plan (code),
    seats_licensed          integer        NOT NULL CHECK (seats_licensed >= 0),
    arr                     numeric(14, 2) NOT NULL CHECK (arr >= 0),
    billing_cycle_start     date           NOT NULL,
    renewal_date            date,
    fiscal_year_start_month integer        CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
    region                  varchar(64),
    segment                 varchar(64),
    strategic               boolean        NOT NULL DEFAULT false,
    do_not_contact          boolean        NOT NULL DEFAULT false,
    in_dunning              boolean        NOT NULL DEFAULT false,
    owner                   varchar(200),
    created_at              timestamptz    NOT NULL,
    updated_at              timestamptz    NOT NULL
);

CREATE TABLE observation (
    id          varchar(128)     PRIMARY KEY,
    account_id  varchar(64)      NOT NULL REFERENCES account (id),
    metric      varchar(64)      NOT NULL,
    dimension   varchar(128),
    value       double precision NOT NULL,
    observed_at timestamptz      NOT NULL,
    source      varchar(128),
    received_at timestamptz      NOT NULL
);

CREATE INDEX observation_account_metric_observed_at ON observation (account_id, metric, observed_at);

-- Observations are facts that happened: never changed, never removed.
CREATE FUNCTION observation_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'observation is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER observation_no_update_or_delete
    BEFORE UPDATE OR DELETE ON observation
    FOR EACH ROW EXECUTE FUNCTION observation_append_only();

CREATE TRIGGER observation_no_truncate
    BEFORE TRUNCATE ON observation
    FOR EACH STATEMENT EXECUTE FUNCTION observation_append_only();
