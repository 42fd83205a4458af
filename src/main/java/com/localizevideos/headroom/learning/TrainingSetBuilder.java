package com.localizevideos.headroom.learning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.localizevideos.headroom.evaluation.Decision;
import com.localizevideos.headroom.evaluation.DecisionRunner;
import com.localizevideos.headroom.evaluation.SnapshotQuery;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Factor;
import com.localizevideos.headroom.fact.FactorScore;
import com.localizevideos.headroom.fact.ProposedAction;
import com.localizevideos.headroom.fact.Tier;
import com.localizevideos.headroom.rulebase.ActiveRuleBase;
import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import com.localizevideos.headroom.rulebase.RuleBaseConfig;
import com.localizevideos.headroom.scoring.CatalogRepository;
import com.localizevideos.headroom.scoring.Scoring;

/**
 * Builds the {@link TrainingSet} of a window: asOf points every {@code step-days} back from {@code to - 90 days} to
 * {@code from}; at each, every account that had been observed and had not churned is scored with the active rule set
 * on its snapshot at that instant (only observations and events up to then), and labelled from EXPANSION events in
 * the 90 days after it. Events after {@code to} are never read.
 */
@ApplicationScoped
public class TrainingSetBuilder {
    /** The horizon of the probability: expansion within this many days. */
    public static final Duration HORIZON = Duration.ofDays(90);

    private static final String ACCOUNTS = """
            select a.id, a.plan,
                   (select min(o.observed_at) from observation o where o.account_id = a.id) as first_seen
              from account a
             where (cast(? as varchar) is null or a.segment = ?)
             order by a.id
            """;

    private static final String EVENTS = """
            select c.account_id, c.kind, c.occurred_at, c.arr_delta
              from commercial_event c join account a on a.id = c.account_id
             where c.kind in ('EXPANSION', 'CHURN') and c.occurred_at <= ?
               and (cast(? as varchar) is null or a.segment = ?)
             order by c.occurred_at, c.id
            """;

    @Inject
    DataSource dataSource;

    @Inject
    SnapshotQuery snapshots;

    @Inject
    ActiveRuleBase ruleBase;

    @Inject
    RuleBaseConfig rules;

    @Inject
    CalibrationConfig config;

    @Inject
    CatalogRepository catalog;

    private record Subject(String id, String plan, Instant firstSeen) {
    }

    private record Event(String kind, Instant at, double arrDelta) {
    }

    public TrainingSet build(Instant from, Instant to, String segment) {
        List<Instant> asOfPoints = new ArrayList<>();
        for (Instant t = to.minus(HORIZON); !t.isBefore(from); t = t.minus(Duration.ofDays(config.stepDays()))) {
            asOfPoints.add(0, t);
        }
        List<Subject> subjects = new ArrayList<>();
        Map<String, List<Event>> events = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(ACCOUNTS)) {
                ps.setString(1, segment);
                ps.setString(2, segment);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp first = rs.getTimestamp("first_seen");
                        subjects.add(new Subject(rs.getString("id"), rs.getString("plan"),
                                first == null ? null : first.toInstant()));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(EVENTS)) {
                ps.setTimestamp(1, Timestamp.from(to));
                ps.setString(2, segment);
                ps.setString(3, segment);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new Event(rs.getString(2), rs.getTimestamp(3).toInstant(),
                                        rs.getBigDecimal(4) == null ? 0 : rs.getBigDecimal(4).doubleValue()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the training window's accounts and outcomes", e);
        }
        List<TrainingPoint> points = score(subjects, events, asOfPoints);
        return new TrainingSet(from, to, segment, asOfPoints, points, firstHighToExpansion(points, events, to));
    }

    /** Scores every (account, asOf) that counts, on {@code threads} threads; answers the points in (account, time) order. */
    private List<TrainingPoint> score(List<Subject> subjects, Map<String, List<Event>> events, List<Instant> asOfPoints) {
        CompiledRuleBase base = ruleBase.require();
        int maxFirings = rules.maxRuleFirings();
        List<java.util.concurrent.Callable<TrainingPoint>> tasks = new ArrayList<>();
        for (Subject s : subjects) {
            List<Event> own = events.getOrDefault(s.id(), List.of());
            for (Instant t : asOfPoints) {
                if (s.firstSeen() == null || s.firstSeen().isAfter(t)
                        || own.stream().anyMatch(e -> e.kind().equals("CHURN") && !e.at().isAfter(t))) {
                    continue;
                }
                List<Event> expansions = own.stream().filter(e -> e.kind().equals("EXPANSION") && e.at().isAfter(t)
                        && !e.at().isAfter(t.plus(HORIZON))).toList();
                boolean expanded = !expansions.isEmpty();
                double expansionArr = expansions.stream().mapToDouble(Event::arrDelta).sum();
                tasks.add(() -> {
                    AccountSnapshot snapshot = snapshots.load(s.id(), t).orElseThrow();
                    Decision d = DecisionRunner.decide(base, snapshot, maxFirings);
                    Map<Factor, Integer> points = new EnumMap<>(Factor.class);
                    Map<Factor, Integer> weights = new EnumMap<>(Factor.class);
                    for (FactorScore f : d.factors()) {
                        points.put(f.getFactor(), f.getPoints());
                        weights.put(f.getFactor(), f.getWeight());
                    }
                    int human = (int) d.actions().stream().filter(ProposedAction::isHumanContact).count();
                    return new TrainingPoint(s.id(), s.plan(), t, d.readiness().getScore(),
                            d.readiness().getTier() == null ? null : d.readiness().getTier().name(), expanded,
                            points, weights, Scoring.arrDelta(snapshot, Tier.HIGH, catalog.catalog()),
                            Scoring.arrDelta(snapshot, Tier.MEDIUM, catalog.catalog()), human, expansionArr);
                });
            }
        }
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, config.threads()));
        try {
            List<TrainingPoint> points = new ArrayList<>(tasks.size());
            for (Future<TrainingPoint> f : executor.invokeAll(tasks)) {
                points.add(f.get());
            }
            return points;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the training set", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a training point could not be scored: " + e.getCause().getMessage(),
                    e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    /** For each account's first HIGH point: days to its next EXPANSION up to {@code to}, or censored at {@code to}. */
    private static List<TrainingSet.HighToExpansion> firstHighToExpansion(List<TrainingPoint> points,
                                                                          Map<String, List<Event>> events, Instant to) {
        Map<String, TrainingPoint> firstHigh = new HashMap<>();
        points.stream().filter(p -> "HIGH".equals(p.tier())).sorted(Comparator.comparing(TrainingPoint::asOf))
                .forEach(p -> firstHigh.putIfAbsent(p.accountId(), p));
        List<TrainingSet.HighToExpansion> durations = new ArrayList<>();
        firstHigh.values().stream().sorted(Comparator.comparing(TrainingPoint::accountId)).forEach(p -> {
            Instant expansion = events.getOrDefault(p.accountId(), List.of()).stream()
                    .filter(e -> e.kind().equals("EXPANSION") && e.at().isAfter(p.asOf()) && !e.at().isAfter(to))
                    .map(Event::at).findFirst().orElse(null);
            Instant end = expansion != null ? expansion : to;
            durations.add(new TrainingSet.HighToExpansion(p.accountId(), p.plan(),
                    Duration.between(p.asOf(), end).toMinutes() / 1440.0, expansion != null));
        });
        return durations;
    }
}
