-- 100,000 synthetic accounts with a year of decisions, actions, responses and events, for timing the reports.
-- Run against a schema the service has migrated (never the production one): psql -c "set search_path=<schema>" -f bench/reports-100k.sql
\timing on
insert into account (id, name, plan, seats_licensed, arr, billing_cycle_start, region, segment, created_at, updated_at)
select 'bench-' || lpad(i::text, 6, '0'), 'Bench ' || i,
       (array['STARTER','PRO','BUSINESS','ENTERPRISE'])[1 + i % 4], 5, (array[588, 2388, 9588, 60000])[1 + i % 4],
       date '2025-01-01', (array['NA','EMEA','APAC','LATAM'])[1 + (i / 4) % 4],
       (array['smb','mid-market','enterprise','education','nonprofit'])[1 + (i / 16) % 5], now(), now()
  from generate_series(1, 100000) i;
-- with scoring columns, so the pipeline and forecast reports have figures: a plan step's ARR, a probability by tier
insert into evaluation (id, account_id, as_of, ruleset_version, created_at, score, tier, facts, decision, held_out,
                        arr_delta, probability, expected_value, calibration_version, forecast_method)
select id, account_id, as_of, ruleset_version, created_at, score, tier, facts, decision, held_out, arr_delta, p,
       round(arr_delta * p, 2), 'prior-v1', 'NONE'
  from (select gen_random_uuid() as id, 'bench-' || lpad(i::text, 6, '0') as account_id,
               timestamptz '2026-03-01' + (k * 90) * interval '1 day' as as_of,
               (select version from ruleset_version limit 1) as ruleset_version, now() as created_at, 50 as score, t.tier,
               '{}'::jsonb as facts, '{}'::jsonb as decision, (i % 10 = 0) as held_out,
               (array[1800, 7200, 26412, 30000])[1 + i % 4]::numeric as arr_delta,
               case t.tier when 'HIGH' then 0.35 when 'MEDIUM' then 0.12 else 0.03 end as p
          from generate_series(1, 100000) i, generate_series(0, 2) k,
               lateral (select case when random() < 0.2 then 'HIGH' when random() < 0.5 then 'MEDIUM' else 'LOW' end
                               || substr(i::text || k::text, 1, 0) as tier) t) e;
insert into evaluation_signal (evaluation_id, ordinal, code, strength)
select e.id, n, (array['APPROACHING_QUOTA','SEAT_GROWTH','FEATURE_SATURATION','CONSISTENT_ACTIVE_USAGE','TEAM_GROWTH',
                       'RENEWAL_APPROACHING'])[1 + (abs(hashtext(e.id::text)) + n) % 6], 0.7
  from evaluation e, generate_series(1, 2) n where e.account_id like 'bench-%';
insert into expansion_action (id, evaluation_id, account_id, playbook, channel, reason, rule_name, rule_file, rule_sheet,
                              rule_row, created_at, held_out)
select gen_random_uuid(), e.id, e.account_id,
       (array['SALES_ASSISTED_UPSELL','EDUCATIONAL_PROMPT','TIER_COMPARISON_INSIGHT','CONTRACT_EXPANSION'])[n],
       (array['CS_LED','AUTOMATED','AUTOMATED','SALES_AND_EXEC'])[n], 'bench',
       (array['SalesAssistedUpsellOnCapacity','EducationalPrompt','TierComparisonNearQuota','ContractExpansion'])[n],
       'decision-tables/playbooks.drl.xlsx', 'Playbooks', 10 + n, now(), e.held_out
  from evaluation e, generate_series(1, 2) m, lateral (select 1 + (abs(hashtext(e.id::text)) + m * 2) % 4 as n) x
 where e.account_id like 'bench-%';
insert into action_outcome (id, action_id, account_id, response, arr_delta, reason, responded_at, recorded_at, helpful_rating)
select gen_random_uuid(), x.id, x.account_id,
       (array['ACCEPTED','DECLINED','NO_RESPONSE','DEFERRED'])[1 + abs(hashtext(x.id::text)) % 4],
       case when abs(hashtext(x.id::text)) % 4 = 0 then 2400 end, 'bench', e.as_of + interval '5 days', now(),
       1 + abs(hashtext(x.id::text)) % 5
  from expansion_action x join evaluation e on e.id = x.evaluation_id
 where x.account_id like 'bench-%' and not x.held_out and abs(hashtext(x.id::text)) % 2 = 0;
insert into commercial_event (id, account_id, kind, occurred_at, arr_delta, source, detail, recorded_at)
select 'bench-' || i || '-' || k, 'bench-' || lpad(i::text, 6, '0'), k,
       timestamptz '2026-01-01' + (i % 330) * interval '1 day',
       case k when 'EXPANSION' then 2400 when 'CHURN' then -588 end, 'bench',
       case k when 'CSAT' then jsonb_build_object('score', 1 + i % 5) end, now()
  from generate_series(1, 100000) i, unnest(array['EXPANSION','CHURN','CSAT']) k
 where (k = 'EXPANSION' and i % 5 = 0) or (k = 'CHURN' and i % 33 = 0) or (k = 'CSAT' and i % 3 = 0);
vacuum analyze;
select (select count(*) from account) accounts, (select count(*) from evaluation) evaluations,
       (select count(*) from expansion_action) actions, (select count(*) from action_outcome) outcomes,
       (select count(*) from commercial_event) events;
