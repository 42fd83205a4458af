package com.localizevideos.headroom.report;

import static com.localizevideos.headroom.report.ReportQueries.asDouble;
import static com.localizevideos.headroom.report.ReportQueries.asLong;
import static com.localizevideos.headroom.report.ReportQueries.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.localizevideos.headroom.common.KaplanMeier;
import com.localizevideos.headroom.fact.SignalCode;
import com.localizevideos.headroom.holdout.HoldoutPolicy;

/** The Report step: conversion, time to expansion, uplift, churn impact, NRR and growth efficiency, aggregated in SQL. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {
    /** The playbooks that put a commercial offer in front of the customer. */
    public static final List<String> OFFERS = List.of("SALES_ASSISTED_UPSELL", "CUSTOM_PLAN", "CONTRACT_EXPANSION",
            "TIER_COMPARISON_INSIGHT");
    /** Channels on which a person contacts the customer. */
    public static final List<String> HUMAN_CHANNELS = List.of("CS_LED", "SALES_AND_EXEC", "EXECUTIVE_SPONSOR");
    static final int CHURN_WINDOW_DAYS = 90;
    /** The expected value of a decision is the expansion ARR expected within this many days (the probability's horizon). */
    static final int FORECAST_HORIZON_DAYS = 90;

    /**
     * The latest response of every action, as CTE {@code lo} (one sort and a hash join beat one index probe per action
     * at 100,000 accounts), and the join that gives action {@code x} its latest response {@code o}.
     */
    private static final String LATEST_CTE = """
            lo as (select distinct on (o.action_id) o.action_id, o.response, o.arr_delta, o.helpful_rating
                     from action_outcome o order by o.action_id, o.responded_at desc, o.recorded_at desc)""";
    private static final String LATEST_OUTCOME = "left join lo o on o.action_id = x.id\n";

    /** Each account's first HIGH decision before the period's end, kept when it falls in the period. */
    private static final String FIRST_HIGH = """
            fh as (select e.account_id, min(e.as_of) as t0,
                          (array_agg(e.held_out order by e.as_of, e.created_at))[1] as held_out
                     from evaluation e join account a on a.id = e.account_id
                    where e.tier = 'HIGH' and e.as_of < :to %s
                    group by e.account_id
                   having min(e.as_of) >= :from)
            """;

    @Inject
    ReportQueries db;

    @Inject
    HoldoutPolicy holdout;

    public ConversionBySignalView conversionBySignal(ReportFilter f) {
        String sql = """
                with %s,
                     ev as (select e.id, e.account_id from evaluation e join account a on a.id = e.account_id
                             where e.as_of >= :from and e.as_of < :to %s),
                     sig as (select distinct s.code, s.evaluation_id, ev.account_id
                               from evaluation_signal s join ev on ev.id = s.evaluation_id),
                     act as (select x.id, x.evaluation_id, x.held_out, o.response
                               from expansion_action x join ev on ev.id = x.evaluation_id
                               %s),
                     per_signal as (select code, count(*) as evaluations, count(distinct account_id) as accounts
                                      from sig group by code),
                     per_action as (select sig.code,
                                           count(*) filter (where not act.held_out) as actions,
                                           count(*) filter (where act.held_out) as held_out,
                                           count(*) filter (where not act.held_out and act.response is not null) as responded,
                                           count(*) filter (where not act.held_out and act.response = 'ACCEPTED') as accepted,
                                           count(*) filter (where not act.held_out and act.response = 'DECLINED') as declined
                                      from sig join act on act.evaluation_id = sig.evaluation_id group by sig.code)
                select s.code, s.evaluations, s.accounts, coalesce(p.actions, 0), coalesce(p.held_out, 0),
                       coalesce(p.responded, 0), coalesce(p.accepted, 0), coalesce(p.declined, 0)
                  from per_signal s left join per_action p on p.code = s.code
                """.formatted(LATEST_CTE, f.accountWhere(), LATEST_OUTCOME);
        Map<String, ConversionBySignalView.SignalRow> byCode = new HashMap<>();
        for (Object[] r : db.rows(sql, f.parameters())) {
            long actions = asLong(r[3]);
            long responded = asLong(r[5]);
            long accepted = asLong(r[6]);
            byCode.put((String) r[0], new ConversionBySignalView.SignalRow((String) r[0], asLong(r[1]), asLong(r[2]),
                    actions, asLong(r[4]), responded, accepted, asLong(r[7]), Proportions.ratio(accepted, actions),
                    Proportions.ratio(accepted, responded)));
        }
        List<ConversionBySignalView.SignalRow> rows = new ArrayList<>();
        for (SignalCode code : SignalCode.values()) {
            rows.add(byCode.getOrDefault(code.name(), new ConversionBySignalView.SignalRow(code.name(), 0, 0, 0, 0, 0,
                    0, 0, null, null)));
        }
        return new ConversionBySignalView(f.view(), rows);
    }

    public ConversionByRuleView conversionByRule(ReportFilter f, String rulesetVersion) {
        Map<String, Object> p = f.parameters();
        String versionWhere = "";
        if (rulesetVersion != null) {
            versionWhere = " and e.ruleset_version = :rulesetVersion";
            p.put("rulesetVersion", rulesetVersion);
        }
        String sql = """
                with %s,
                     act as (select e.ruleset_version, x.rule_name, x.rule_file, x.rule_sheet, x.rule_row, x.playbook,
                                    x.held_out, o.response, o.arr_delta, o.helpful_rating
                               from evaluation e join account a on a.id = e.account_id
                               join expansion_action x on x.evaluation_id = e.id
                               %s
                              where e.as_of >= :from and e.as_of < :to %s %s)
                select ruleset_version, rule_name, rule_file, rule_sheet, rule_row, playbook,
                       count(*) filter (where not held_out),
                       count(*) filter (where held_out),
                       count(*) filter (where not held_out and response = 'ACCEPTED'),
                       count(*) filter (where not held_out and response = 'DECLINED'),
                       count(*) filter (where not held_out and response = 'NO_RESPONSE'),
                       count(*) filter (where not held_out and response = 'DEFERRED'),
                       count(*) filter (where not held_out and response is null),
                       sum(arr_delta) filter (where not held_out and response = 'ACCEPTED'),
                       avg(helpful_rating) filter (where not held_out),
                       count(helpful_rating) filter (where not held_out)
                  from act
                 group by ruleset_version, rule_name, rule_file, rule_sheet, rule_row, playbook
                 order by count(*) filter (where not held_out) desc, rule_name, ruleset_version
                """.formatted(LATEST_CTE, LATEST_OUTCOME, f.accountWhere(), versionWhere);
        List<ConversionByRuleView.RuleRow> rows = new ArrayList<>();
        for (Object[] r : db.rows(sql, p)) {
            long actions = asLong(r[6]);
            long accepted = asLong(r[8]);
            long pending = asLong(r[12]);
            rows.add(new ConversionByRuleView.RuleRow((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    r[4] == null ? null : ((Number) r[4]).intValue(), (String) r[5], actions, asLong(r[7]), accepted,
                    asLong(r[9]), asLong(r[10]), asLong(r[11]), pending, Proportions.ratio(accepted, actions - pending),
                    Proportions.ratio(accepted, actions), money(r[13]), asDouble(r[14]), asLong(r[15])));
        }
        return new ConversionByRuleView(f.view(), rulesetVersion, rows);
    }

    public TimeToExpansionView timeToExpansion(ReportFilter f) {
        String sql = ("with " + FIRST_HIGH + """
                , d as (select fh.held_out, fh.t0, x.first_expansion
                          from fh left join lateral (
                               select min(c.occurred_at) as first_expansion from commercial_event c
                                where c.account_id = fh.account_id and c.kind = 'EXPANSION'
                                  and c.occurred_at > fh.t0 and c.occurred_at <= :end) x on true
                         where fh.t0 < :end)
                select held_out, floor(extract(epoch from (coalesce(first_expansion, :end) - t0)) / 86400),
                       first_expansion is not null, count(*)
                  from d group by 1, 2, 3
                """).formatted(f.accountWhere());
        List<KaplanMeier.Observation> all = new ArrayList<>();
        List<KaplanMeier.Observation> treated = new ArrayList<>();
        List<KaplanMeier.Observation> heldOut = new ArrayList<>();
        for (Object[] r : db.rows(sql, f.parameters())) {
            KaplanMeier.Observation o = new KaplanMeier.Observation(((Number) r[1]).doubleValue(), (Boolean) r[2]);
            for (long i = asLong(r[3]); i > 0; i--) {
                all.add(o);
                (Boolean.TRUE.equals(r[0]) ? heldOut : treated).add(o);
            }
        }
        return new TimeToExpansionView(f.view(), f.end(), curve(all), curve(treated), curve(heldOut));
    }

    private static TimeToExpansionView.Curve curve(List<KaplanMeier.Observation> observations) {
        KaplanMeier km = KaplanMeier.fit(observations);
        int events = (int) observations.stream().filter(KaplanMeier.Observation::event).count();
        return new TimeToExpansionView.Curve(km.subjects(), events, km.subjects() - events,
                km.medianDays().isPresent() ? km.medianDays().getAsDouble() : null,
                km.steps().stream().map(s -> new TimeToExpansionView.Step(s.days(), s.atRisk(), s.events(),
                        s.censored(), s.survival())).toList());
    }

    public UpliftView upliftByCohort(ReportFilter f, String by, int horizonDays) {
        String key = cohortKey(by, "fh.t0");
        Map<String, Object> p = f.parameters();
        p.put("horizon", horizonDays);
        String sql = ("with " + FIRST_HIGH + """
                select %s, fh.held_out, fh.t0 + :horizon * interval '1 day' > :now,
                       count(*),
                       count(*) filter (where exists (select 1 from commercial_event c
                                where c.account_id = fh.account_id and c.kind = 'EXPANSION'
                                  and c.occurred_at > fh.t0 and c.occurred_at <= fh.t0 + :horizon * interval '1 day'))
                  from fh join account a on a.id = fh.account_id
                 group by 1, 2, 3
                """).formatted(f.accountWhere(), key);
        Map<String, long[]> arms = new TreeMap<>();
        long[] overall = new long[4];
        long open = 0;
        for (Object[] r : db.rows(sql, p)) {
            if (Boolean.TRUE.equals(r[2])) {
                open += asLong(r[3]);
                continue;
            }
            int at = Boolean.TRUE.equals(r[1]) ? 2 : 0;
            long[] counts = arms.computeIfAbsent((String) r[0], k -> new long[4]);
            counts[at] += asLong(r[3]);
            counts[at + 1] += asLong(r[4]);
            overall[at] += asLong(r[3]);
            overall[at + 1] += asLong(r[4]);
        }
        List<UpliftView.Row> rows = new ArrayList<>();
        arms.forEach((cohort, c) -> rows.add(upliftRow(cohort, c)));
        return new UpliftView(f.view(), by, horizonDays, open, upliftRow("ALL", overall), rows);
    }

    private static UpliftView.Row upliftRow(String cohort, long[] c) {
        Proportions.Rate treated = Proportions.rate(c[0], c[1]);
        Proportions.Rate held = Proportions.rate(c[2], c[3]);
        return new UpliftView.Row(cohort, treated, held, Proportions.difference(treated, held));
    }

    public ChurnImpactView churnImpact(ReportFilter f) {
        Map<String, Object> p = f.parameters();
        p.put("offers", OFFERS);
        p.put("window", CHURN_WINDOW_DAYS);
        String sql = """
                with fo as (select x.account_id, min(e.as_of) as t0,
                                   (array_agg(x.held_out order by e.as_of, x.created_at, x.id))[1] as held_out,
                                   (array_agg(x.id order by e.as_of, x.created_at, x.id))[1] as first_action
                              from evaluation e join account a on a.id = e.account_id
                              join expansion_action x on x.evaluation_id = e.id
                             where x.playbook in (:offers) and e.as_of >= :from and e.as_of < :to %s
                             group by x.account_id),
                     w as (select fo.*, fo.t0 + :window * interval '1 day' as t1 from fo)
                select w.held_out, w.t1 > :now, o.response, count(*),
                       count(*) filter (where exists (select 1 from commercial_event c where c.account_id = w.account_id
                                 and c.kind = 'CHURN' and c.occurred_at > w.t0 and c.occurred_at <= w.t1)),
                       coalesce(sum(cs.n), 0), sum(cs.s)
                  from w
                  left join lateral (select o.response from action_outcome o where o.action_id = w.first_action
                                      order by o.responded_at desc, o.recorded_at desc limit 1) o on true
                  left join lateral (select count(*) as n, sum(v) as s from (
                         select ob.value as v from observation ob
                          where ob.account_id = w.account_id and ob.metric = 'csat'
                            and ob.observed_at > w.t0 and ob.observed_at <= w.t1
                         union all
                         select cast(c.detail ->> 'score' as float8) from commercial_event c
                          where c.account_id = w.account_id and c.kind = 'CSAT'
                            and c.occurred_at > w.t0 and c.occurred_at <= w.t1
                            and (c.detail ->> 'score' ~ '^[0-9]+$' or c.detail ->> 'score' ~ '^[0-9]+[.][0-9]+$')) q) cs on true
                 group by 1, 2, 3
                """.formatted(f.accountWhere());
        long open = 0;
        long[] treated = new long[3];
        double[] treatedCsat = new double[1];
        long[] held = new long[3];
        double[] heldCsat = new double[1];
        Map<String, long[]> byResponse = new TreeMap<>();
        Map<String, Double> byResponseCsat = new HashMap<>();
        for (Object[] r : db.rows(sql, p)) {
            long accounts = asLong(r[3]);
            if (Boolean.TRUE.equals(r[1])) {
                open += accounts;
                continue;
            }
            boolean isHeld = Boolean.TRUE.equals(r[0]);
            long[] arm = isHeld ? held : treated;
            double csatSum = r[6] == null ? 0 : ((Number) r[6]).doubleValue();
            arm[0] += accounts;
            arm[1] += asLong(r[4]);
            arm[2] += asLong(r[5]);
            (isHeld ? heldCsat : treatedCsat)[0] += csatSum;
            if (!isHeld) {
                String response = r[2] == null ? "NONE" : (String) r[2];
                long[] row = byResponse.computeIfAbsent(response, k -> new long[3]);
                row[0] += accounts;
                row[1] += asLong(r[4]);
                row[2] += asLong(r[5]);
                byResponseCsat.merge(response, csatSum, Double::sum);
            }
        }
        ChurnImpactView.Arm t = arm(treated, treatedCsat[0]);
        ChurnImpactView.Arm h = arm(held, heldCsat[0]);
        List<ChurnImpactView.ResponseRow> responses = new ArrayList<>();
        byResponse.forEach((response, c) -> responses.add(new ChurnImpactView.ResponseRow(response, c[0], c[1],
                Proportions.ratio(c[1], c[0]), c[2], Proportions.ratio(byResponseCsat.get(response), c[2]))));
        Double csatDifference = t.meanCsat() == null || h.meanCsat() == null ? null : t.meanCsat() - h.meanCsat();
        return new ChurnImpactView(f.view(), CHURN_WINDOW_DAYS, open, t, h,
                Proportions.difference(t.churn(), h.churn()), csatDifference, meanHelpfulRating(f), responses);
    }

    private static ChurnImpactView.Arm arm(long[] c, double csatSum) {
        return new ChurnImpactView.Arm(c[0], Proportions.rate(c[0], c[1]), c[2], Proportions.ratio(csatSum, c[2]));
    }

    private Double meanHelpfulRating(ReportFilter f) {
        String sql = """
                select avg(o.helpful_rating) from evaluation e join account a on a.id = e.account_id
                  join expansion_action x on x.evaluation_id = e.id
                  join action_outcome o on o.action_id = x.id
                 where e.as_of >= :from and e.as_of < :to and o.helpful_rating is not null %s
                """.formatted(f.accountWhere());
        return asDouble(db.rows(sql, f.parameters()).get(0)[0]);
    }

    public NrrView nrr(ReportFilter f, String by) {
        Map<String, Object> p = f.parameters();
        p.put("holdoutSalt", holdout.salt());
        p.put("holdoutShare", holdout.share());
        String monthly = """
                select to_char(m, 'YYYY-MM') as label, greatest(m, :from) as ws, least(m + interval '1 month', :to) as we
                  from generate_series(date_trunc('month', cast(:from as timestamptz) at time zone 'UTC') at time zone 'UTC',
                                       cast(:to as timestamptz) - interval '1 microsecond', interval '1 month') m
                """;
        String whole = "select 'PERIOD' as label, cast(:from as timestamptz) as ws, cast(:to as timestamptz) as we";
        List<NrrView.Window> months = nrrWindows(f, p, monthly, "'ALL'");
        List<NrrView.Window> cohorts = new ArrayList<>();
        for (NrrView.Window w : nrrWindows(f, p, whole, cohortKey(by, null))) {
            cohorts.add(w);
        }
        return new NrrView(f.view(), by, months, cohorts);
    }

    /**
     * Accounts without ARR events since the period's start have the same ARR in every window: summed directly.
     * The others are reconstructed per window from their events.
     */
    private List<NrrView.Window> nrrWindows(ReportFilter f, Map<String, Object> p, String windows, String key) {
        String sql = """
                with acct as (select a.id, a.arr, %s as cohort from account a where true %s),
                     te as (select c.account_id, c.kind, c.occurred_at, c.arr_delta
                              from commercial_event c join acct on acct.id = c.account_id
                             where c.kind in ('EXPANSION', 'CONTRACTION', 'CHURN') and c.arr_delta is not null
                               and c.occurred_at >= :from),
                     touched as (select distinct account_id from te),
                     win as (%s),
                     tw as (select win.label, acct.cohort,
                                   acct.arr - coalesce(sum(te.arr_delta) filter (where te.occurred_at >= win.ws), 0) as start_arr,
                                   coalesce(sum(te.arr_delta) filter (where te.kind = 'EXPANSION'
                                            and te.occurred_at >= win.ws and te.occurred_at < win.we), 0) as expansion,
                                   coalesce(sum(te.arr_delta) filter (where te.kind = 'CONTRACTION'
                                            and te.occurred_at >= win.ws and te.occurred_at < win.we), 0) as contraction,
                                   coalesce(sum(te.arr_delta) filter (where te.kind = 'CHURN'
                                            and te.occurred_at >= win.ws and te.occurred_at < win.we), 0) as churn
                              from win cross join touched t join acct on acct.id = t.account_id
                              join te on te.account_id = t.account_id
                             group by win.label, t.account_id, acct.cohort, acct.arr),
                     untouched as (select cohort, count(*) as n, sum(arr) as arr from acct
                                    where arr > 0 and id not in (select account_id from touched) group by cohort),
                     agg as (select label, cohort, count(*) as n, sum(start_arr) as start_arr, sum(expansion) as expansion,
                                    sum(contraction) as contraction, sum(churn) as churn
                               from tw where start_arr > 0 group by label, cohort)
                select win.label, c.cohort, coalesce(u.n, 0) + coalesce(g.n, 0),
                       coalesce(u.arr, 0) + coalesce(g.start_arr, 0), coalesce(g.expansion, 0),
                       coalesce(g.contraction, 0), coalesce(g.churn, 0)
                  from win cross join (select distinct cohort from acct) c
                  left join untouched u on u.cohort = c.cohort
                  left join agg g on g.label = win.label and g.cohort = c.cohort
                 order by win.ws, c.cohort
                """.formatted(key, f.accountWhere(), windows);
        List<NrrView.Window> out = new ArrayList<>();
        for (Object[] r : db.rows(sql, p)) {
            BigDecimal start = money(r[3]);
            BigDecimal expansion = money(r[4]);
            BigDecimal contraction = money(r[5]);
            BigDecimal churn = money(r[6]);
            Double nrr = start.signum() == 0 ? null
                    : start.add(expansion).add(contraction).add(churn).divide(start, 6, RoundingMode.HALF_UP).doubleValue();
            Double grr = start.signum() == 0 ? null
                    : start.add(contraction).add(churn).divide(start, 6, RoundingMode.HALF_UP).doubleValue();
            String label = "'ALL'".equals(key) ? (String) r[0] : (String) r[1];
            out.add(new NrrView.Window(label, asLong(r[2]), start, expansion, contraction, churn, nrr, grr));
        }
        return out;
    }

    public GrowthEfficiencyView growthEfficiency(ReportFilter f) {
        Map<String, Object> p = f.parameters();
        p.put("human", HUMAN_CHANNELS);
        String byChannel = """
                with %s
                select x.channel, count(*), count(distinct x.account_id),
                       count(*) filter (where o.response = 'ACCEPTED'),
                       sum(o.arr_delta) filter (where o.response = 'ACCEPTED')
                  from evaluation e join account a on a.id = e.account_id
                  join expansion_action x on x.evaluation_id = e.id
                  %s
                 where e.as_of >= :from and e.as_of < :to and not x.held_out %s
                 group by x.channel order by x.channel
                """.formatted(LATEST_CTE, LATEST_OUTCOME, f.accountWhere());
        List<GrowthEfficiencyView.ChannelRow> channels = new ArrayList<>();
        long automated = 0;
        long contacts = 0;
        long accepted = 0;
        BigDecimal realised = BigDecimal.ZERO.setScale(2);
        for (Object[] r : db.rows(byChannel, p)) {
            String channel = r[0] == null ? "NONE" : (String) r[0];
            long n = asLong(r[1]);
            BigDecimal arr = money(r[4]);
            channels.add(new GrowthEfficiencyView.ChannelRow(channel, n, asLong(r[3]), arr, perUnit(arr, n)));
            if (HUMAN_CHANNELS.contains(channel)) {
                contacts += n;
                accepted += asLong(r[3]);
                realised = realised.add(arr);
            } else {
                automated += n;
            }
        }
        Object[] accountsContacted = db.rows("""
                select count(distinct x.account_id) from evaluation e join account a on a.id = e.account_id
                  join expansion_action x on x.evaluation_id = e.id
                 where e.as_of >= :from and e.as_of < :to and not x.held_out and x.channel in (:human) %s
                """.formatted(f.accountWhere()), p).get(0);
        Object[] expansions = db.rows("""
                select count(*), sum(c.arr_delta) from commercial_event c join account a on a.id = c.account_id
                 where c.kind = 'EXPANSION' and c.occurred_at >= :from and c.occurred_at < :to %s
                """.formatted(f.accountWhere()), p).get(0);
        BigDecimal expansionArr = money(expansions[1]);
        return new GrowthEfficiencyView(f.view(), contacts, asLong(accountsContacted[0]), automated,
                asLong(expansions[0]), expansionArr, perUnit(expansionArr, contacts), accepted, realised,
                perUnit(realised, contacts), Proportions.ratio(contacts, accepted), channels);
    }

    private static BigDecimal perUnit(BigDecimal amount, long units) {
        return units == 0 ? null : amount.divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP);
    }

    public PipelineView pipeline(ReportFilter f) {
        Map<String, Object> p = f.parameters();
        p.put("offers", OFFERS);
        String sql = """
                with latest as (select distinct on (e.account_id) e.id, e.account_id, e.tier, e.held_out,
                                       coalesce(e.arr_delta, 0) as arr_delta, coalesce(e.expected_value, 0) as ev,
                                       e.probability
                                  from evaluation e join account a on a.id = e.account_id
                                 where e.as_of >= :from and e.as_of < :to %s
                                 order by e.account_id, e.as_of desc, e.created_at desc),
                     lead as (select distinct on (l.id) l.*, x.channel, coalesce(x.owner, '(none)') as owner
                                from latest l join expansion_action x on x.evaluation_id = l.id
                               where x.playbook in (:offers)
                               order by l.id, case x.channel when 'EXECUTIVE_SPONSOR' then 0 when 'SALES_AND_EXEC' then 1
                                                             when 'CS_LED' then 2 else 3 end, x.playbook)
                select g, key, held_out, count(*), sum(arr_delta), sum(ev), avg(probability)
                  from lead cross join lateral (values ('tier', tier), ('channel', channel), ('owner', owner),
                                                       ('tierChannel', tier || '|' || channel), ('total', 'ALL')) k(g, key)
                 group by g, key, held_out
                 order by g, sum(ev) desc, key
                """.formatted(f.accountWhere());
        Map<String, List<PipelineView.Group>> groups = new HashMap<>();
        BigDecimal heldOut = BigDecimal.ZERO.setScale(2);
        for (Object[] r : db.rows(sql, p)) {
            if (Boolean.TRUE.equals(r[2])) {
                if ("total".equals(r[0])) {
                    heldOut = money(r[5]);
                }
                continue;
            }
            groups.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new PipelineView.Group((String) r[1],
                    asLong(r[3]), money(r[4]), money(r[5]), asDouble(r[6])));
        }
        List<PipelineView.Group> total = groups.getOrDefault("total", List.of());
        List<PipelineView.TierChannel> tierChannel = groups.getOrDefault("tierChannel", List.<PipelineView.Group>of())
                .stream().map(PipelineView.TierChannel::of).toList();
        return new PipelineView(f.view(), total.isEmpty()
                ? new PipelineView.Group("ALL", 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), null)
                : total.get(0), heldOut, groups.getOrDefault("tier", List.of()), groups.getOrDefault("channel", List.of()),
                groups.getOrDefault("owner", List.of()), tierChannel);
    }

    public ForecastAccuracyView forecastAccuracy(ReportFilter f) {
        Map<String, Object> p = f.parameters();
        p.put("horizon", FORECAST_HORIZON_DAYS);
        String sql = """
                with monthly as (select distinct on (e.account_id, date_trunc('month', e.as_of at time zone 'UTC'))
                                        e.account_id, to_char(e.as_of at time zone 'UTC', 'YYYY-MM') as month, e.as_of,
                                        coalesce(e.expected_value, 0) as ev
                                   from evaluation e join account a on a.id = e.account_id
                                  where e.as_of >= :from and e.as_of < :to and not e.held_out %s
                                  order by e.account_id, date_trunc('month', e.as_of at time zone 'UTC'), e.as_of desc,
                                           e.created_at desc)
                select m.month, count(*), sum(m.ev), coalesce(sum(x.realised), 0), count(x.realised),
                       bool_and(m.as_of + :horizon * interval '1 day' <= :now)
                  from monthly m
                  left join lateral (select sum(c.arr_delta) as realised from commercial_event c
                                      where c.account_id = m.account_id and c.kind = 'EXPANSION'
                                        and c.occurred_at > m.as_of
                                        and c.occurred_at <= m.as_of + :horizon * interval '1 day') x on true
                 group by m.month order by m.month
                """.formatted(f.accountWhere());
        List<ForecastAccuracyView.Month> months = new ArrayList<>();
        long accounts = 0;
        long expanded = 0;
        BigDecimal predicted = BigDecimal.ZERO.setScale(2);
        BigDecimal realised = BigDecimal.ZERO.setScale(2);
        boolean complete = true;
        for (Object[] r : db.rows(sql, p)) {
            ForecastAccuracyView.Month m = month((String) r[0], asLong(r[1]), money(r[2]), money(r[3]), asLong(r[4]),
                    Boolean.TRUE.equals(r[5]));
            months.add(m);
            accounts += m.accounts();
            expanded += m.expandedAccounts();
            predicted = predicted.add(m.predicted());
            realised = realised.add(m.realised());
            complete &= m.complete();
        }
        return new ForecastAccuracyView(f.view(), FORECAST_HORIZON_DAYS,
                month("ALL", accounts, predicted, realised, expanded, complete), months);
    }

    private static ForecastAccuracyView.Month month(String key, long accounts, BigDecimal predicted, BigDecimal realised,
                                                    long expanded, boolean complete) {
        return new ForecastAccuracyView.Month(key, accounts, predicted, realised, expanded,
                predicted.signum() == 0 ? null : realised.divide(predicted, 6, RoundingMode.HALF_UP).doubleValue(),
                realised.subtract(predicted).abs(), complete);
    }

    /** SQL for the cohort of account {@code a}: plan, segment, region, holdout cohort, or month of {@code t0}. */
    private static String cohortKey(String by, String t0) {
        return switch (by) {
            case "plan" -> "a.plan";
            case "segment" -> "coalesce(a.segment, '(none)')";
            case "region" -> "coalesce(a.region, '(none)')";
            case "holdout" -> "case when " + HoldoutPolicy.sqlHeldOut("a.id") + " then '" + HoldoutPolicy.HOLDOUT
                    + "' else '" + HoldoutPolicy.TREATED + "' end";
            case "month" -> "to_char(" + t0 + " at time zone 'UTC', 'YYYY-MM')";
            default -> throw new IllegalArgumentException("unknown cohort " + by);
        };
    }
}
