package com.localizevideos.headroom.ruleset;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.Problem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.rulebase.ActiveRuleBase;
import com.localizevideos.headroom.rulebase.CompiledRuleBase;
import com.localizevideos.headroom.rulebase.RuleBaseConfig;
import com.localizevideos.headroom.rulebase.RuleBaseLoader;
import com.localizevideos.headroom.rulebase.RuleBaseRejectedException;
import com.localizevideos.headroom.rulebase.RuleProblem;
import com.localizevideos.headroom.rulebase.RuleSetVersion;
import com.localizevideos.headroom.rulebase.RuleSetVersionService;
import com.localizevideos.headroom.rulebase.RuleSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The rule-set workflow: upload (draft) → simulate (checked) → approve by another person → activate; rollback to an
 * earlier active version; reload of the rule folders by an admin. Every step is an event of the rule-set audit trail.
 */
@ApplicationScoped
public class RuleSetService {
    /** Status of a version, derived from its review and the activation log. */
    public enum Status { DRAFT, CHECKED, APPROVED, ACTIVE, RETIRED, REJECTED }

    private final Object activation = new Object();

    @Inject
    RuleSetChecker checker;

    @Inject
    RuleSetEventLog events;

    @Inject
    RuleSetVersionService versions;

    @Inject
    RuleBaseLoader loader;

    @Inject
    ActiveRuleBase active;

    @Inject
    RuleBaseConfig ruleBaseConfig;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    SimulationService simulations;

    /** Checks an upload and stores it as a DRAFT, or refuses it (422) with every problem located; refusals are logged too. */
    public RuleSetView upload(List<RuleSetChecker.Upload> uploads, String comment, String principal) {
        CompiledRuleBase current = active.require();
        RuleSetChecker.Checked checked = checker.checkUpload(uploads, current.files(), 1);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("files", uploads.stream().map(u -> Map.of("name", u.fileName(), "sha256", RuleSetFiles.sha256(u.content()),
                "sizeBytes", u.content().length)).toList());
        detail.put("basedOn", current.version());
        if (checked.refused()) {
            detail.put("errors", errors(checked.findings()));
            detail.put("warnings", warnings(checked.findings()));
            QuarkusTransaction.requiringNew().run(() -> events.append(RuleSetEventLog.Kind.UPLOAD_REFUSED, principal, null, comment, detail));
            throw refusal("ruleset-refused", "Rule set refused", "The upload was refused: " + errors(checked.findings()).size()
                    + " problem(s), each located below; nothing was stored or activated.", checked.findings());
        }
        CompiledRuleBase base = checked.base();
        try {
            String version = base.version();
            if (version.equals(current.version())) {
                throw new ProblemException("ruleset-unchanged", "Nothing changed", 422, "The upload equals the active version "
                        + version + "; nothing was stored.", List.of(LocatedProblem.of("every uploaded file equals the active one")));
            }
            if (em.find(RuleSetVersion.class, version) != null) {
                throw new ProblemException("ruleset-exists", "Version already exists", 409, "These files make version " + version
                        + ", which already exists with status " + status(version) + "; review, activate or roll back to it instead.",
                        List.of(LocatedProblem.of("version " + version + " exists")));
            }
            return QuarkusTransaction.joiningExisting().call(() -> store(base, current, checked, comment, principal, detail));
        } finally {
            base.dispose();
        }
    }

    private RuleSetView store(CompiledRuleBase base, CompiledRuleBase current, RuleSetChecker.Checked checked, String comment,
                              String principal, Map<String, Object> detail) {
        String version = base.version();
        versions.store(base);
        RuleSetReview review = new RuleSetReview();
        review.version = version;
        review.state = Status.DRAFT.name();
        review.origin = "UPLOAD";
        review.basedOn = current.version();
        review.uploadedBy = principal;
        review.uploadedAt = clock.instant();
        review.uploadComment = blankToNull(comment);
        review.checks = write(new RuleSetView.ChecksView(true, List.of(), warnings(checked.findings())));
        em.persist(review);
        events.append(RuleSetEventLog.Kind.UPLOADED, principal, version, comment, detail);
        events.append(RuleSetEventLog.Kind.CHECKED, principal, version, null, Map.of("compiled", true,
                "ruleCount", base.ruleCount(), "errors", List.of(), "warnings", warnings(checked.findings())));
        em.flush();
        return view(version);
    }

    /** Every known version, newest first. */
    public List<RuleSetSummaryView> list() {
        Map<String, RuleSetReview> reviews = new HashMap<>();
        em.createQuery("from RuleSetReview", RuleSetReview.class).getResultList().forEach(r -> reviews.put(r.version, r));
        Map<String, Instant> lastActivated = new HashMap<>();
        for (Object[] row : em.createQuery("select version, max(activatedAt) from RuleSetActivation group by version", Object[].class)
                .getResultList()) {
            lastActivated.put((String) row[0], (Instant) row[1]);
        }
        String activeVersion = activeVersion();
        return em.createQuery("from RuleSetVersion order by firstLoadedAt desc, version", RuleSetVersion.class).getResultList()
                .stream().map(v -> {
                    RuleSetReview r = reviews.get(v.version);
                    return new RuleSetSummaryView(v.version, status(v.version, r, activeVersion, lastActivated.containsKey(v.version)).name(),
                            r == null ? "STARTUP" : r.origin, r == null ? "startup" : r.uploadedBy,
                            r == null ? v.firstLoadedAt : r.uploadedAt, r == null ? null : r.reviewedBy,
                            r == null ? null : r.reviewedAt, v.firstLoadedAt, lastActivated.get(v.version), v.ruleCount);
                }).toList();
    }

    /** One version with everything a reviewer needs. */
    public RuleSetView view(String version) {
        RuleSetVersion v = em.find(RuleSetVersion.class, version);
        if (v == null) {
            throw notFound(version);
        }
        RuleSetReview r = em.find(RuleSetReview.class, version);
        List<RuleSetView.ActivationView> activations = em.createQuery(
                        "select a.activatedAt, a.activatedBy, a.kind from RuleSetActivation a where a.version = :v order by a.id",
                        Object[].class).setParameter("v", version).getResultList().stream()
                .map(a -> new RuleSetView.ActivationView((Instant) a[0], (String) a[1], (String) a[2])).toList();
        Map<String, String> basedOnHashes = new HashMap<>();
        if (r != null && r.basedOn != null) {
            versions.storedSources(r.basedOn).forEach(s -> basedOnHashes.put(s.path(), s.sha256()));
        }
        List<RuleSetView.FileView> files = em.createQuery(
                        "select f.path, f.sha256, f.sizeBytes from RuleSetFile f where f.version = :v order by f.path", Object[].class)
                .setParameter("v", version).getResultList().stream()
                .map(f -> new RuleSetView.FileView((String) f[0], (String) f[1], (Integer) f[2],
                        basedOnHashes.isEmpty() ? null : !f[1].equals(basedOnHashes.get((String) f[0]))))
                .toList();
        RuleSetView.ChecksView checks = r == null ? null : read(r.checks, RuleSetView.ChecksView.class);
        RuleSetView.ReviewView review = r == null || r.reviewedBy == null ? null
                : new RuleSetView.ReviewView(r.state.equals(Status.REJECTED.name()) ? "REJECTED" : "APPROVED", r.reviewedBy,
                r.reviewedAt, r.reviewComment);
        return new RuleSetView(version, status(version).name(), r == null ? "STARTUP" : r.origin, r == null ? null : r.basedOn,
                r == null ? "startup" : r.uploadedBy, r == null ? v.firstLoadedAt : r.uploadedAt, r == null ? null : r.uploadComment,
                v.ruleCount, files, checks, review, activations, simulations.summaries(version),
                simulations.latest(version).orElse(null));
    }

    /** Four eyes: a CHECKED version approved, with a comment, by someone other than its uploader. */
    public RuleSetView approve(String version, String comment, String principal) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            RuleSetReview r = lockedReview(version);
            Status status = status(version);
            if (status != Status.CHECKED) {
                throw conflict(version, status, status == Status.DRAFT
                        ? "simulate it first (POST /api/v1/rulesets/" + version + "/simulate): approval needs the evidence of its impact"
                        : "only a CHECKED version can be approved");
            }
            if (principal.equals(r.uploadedBy)) {
                throw new ProblemException("four-eyes", "Four eyes required", 403, "Version " + version + " was uploaded by "
                        + principal + "; another governance reviewer must approve it.",
                        List.of(LocatedProblem.of("the uploader may not approve their own upload")));
            }
            decide(r, Status.APPROVED, comment, principal);
            events.append(RuleSetEventLog.Kind.APPROVED, principal, version, comment, Map.of("uploadedBy", r.uploadedBy));
            em.flush();
            return view(version);
        });
    }

    /** A reviewer turns a version down, with the reason; it can no longer be approved or activated. */
    public RuleSetView reject(String version, String comment, String principal) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            RuleSetReview r = lockedReview(version);
            Status status = status(version);
            if (status != Status.DRAFT && status != Status.CHECKED && status != Status.APPROVED) {
                throw conflict(version, status, "only a version that has not been active can be rejected");
            }
            decide(r, Status.REJECTED, comment, principal);
            events.append(RuleSetEventLog.Kind.REJECTED, principal, version, comment, Map.of("was", status.name()));
            em.flush();
            return view(version);
        });
    }

    /**
     * Makes an APPROVED (or earlier active) version active: compiled from its stored files, the activation committed,
     * then the rule base swapped atomically. Activating the active version changes nothing.
     */
    public RuleSetView activate(String version, String comment, String principal, boolean rollback) {
        synchronized (activation) {
            String current = active.require().version();
            if (version.equals(current)) {
                return view(version);
            }
            Status status = status(version);
            boolean allowed = rollback ? status == Status.RETIRED : status == Status.APPROVED || status == Status.RETIRED;
            if (!allowed) {
                throw conflict(version, status, rollback
                        ? "a rollback returns to a version that was active before (RETIRED)"
                        : "only an APPROVED version, or one that was active before, can be activated");
            }
            CompiledRuleBase base;
            try {
                base = loader.compile(versions.storedSources(version));
            } catch (RuleBaseRejectedException e) {
                throw refusal("ruleset-refused", "Rule set no longer compiles", "Version " + version
                        + " no longer compiles with this release; the active version stays.", findings(e.problems()));
            }
            RuleSetEventLog.Kind kind = rollback ? RuleSetEventLog.Kind.ROLLED_BACK : RuleSetEventLog.Kind.ACTIVATED;
            loader.activate(base, principal, rollback ? RuleBaseLoader.Kind.ROLLBACK : RuleBaseLoader.Kind.ACTIVATE,
                    () -> events.append(kind, principal, version, comment, Map.of("previous", current)));
            return view(version);
        }
    }

    /** Reads the rule folders through the same checks and activates them; a failure leaves the active version untouched. */
    public RuleSetView reload(String comment, String principal) {
        synchronized (activation) {
            CompiledRuleBase current = active.require();
            List<RuleProblem> problems = new ArrayList<>();
            List<RuleSource> sources = loader.readFolders(problems);
            RuleSetChecker.Checked checked = problems.isEmpty()
                    ? checker.checkFolder(sources, current.files(), ruleBaseConfig.sessionPoolSize())
                    : new RuleSetChecker.Checked(findings(problems), sources, null, false);
            if (checked.refused()) {
                Map<String, Object> detail = Map.of("errors", errors(checked.findings()), "active", current.version());
                QuarkusTransaction.requiringNew().run(() -> events.append(RuleSetEventLog.Kind.RELOAD_REFUSED, principal, null,
                        comment, detail));
                throw refusal("ruleset-refused", "Reload refused", "The rule folders were refused: " + errors(checked.findings()).size()
                        + " problem(s), each located below; version " + current.version() + " stays active.", checked.findings());
            }
            CompiledRuleBase base = checked.base();
            String version = base.version();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("previous", current.version());
            detail.put("warnings", warnings(checked.findings()));
            if (version.equals(current.version())) {
                base.dispose();
                detail.put("unchanged", true);
                QuarkusTransaction.requiringNew().run(() -> events.append(RuleSetEventLog.Kind.RELOADED, principal, version, comment, detail));
                return view(version);
            }
            loader.activate(base, principal, RuleBaseLoader.Kind.RELOAD, () -> {
                if (em.find(RuleSetReview.class, version) == null) {
                    RuleSetReview review = new RuleSetReview();
                    review.version = version;
                    review.state = Status.APPROVED.name();
                    review.origin = "RELOAD";
                    review.basedOn = current.version();
                    review.uploadedBy = principal;
                    review.uploadedAt = clock.instant();
                    review.uploadComment = blankToNull(comment);
                    review.checks = write(new RuleSetView.ChecksView(true, List.of(), warnings(checked.findings())));
                    review.reviewedBy = principal;
                    review.reviewedAt = review.uploadedAt;
                    review.reviewComment = "reloaded from the rule folders (reviewed in git)";
                    em.persist(review);
                }
                events.append(RuleSetEventLog.Kind.RELOADED, principal, version, comment, detail);
            });
            return view(version);
        }
    }

    /** The status of a version now. */
    public Status status(String version) {
        long activations = em.createQuery("select count(a) from RuleSetActivation a where a.version = :v", Long.class)
                .setParameter("v", version).getSingleResult();
        return status(version, em.find(RuleSetReview.class, version), activeVersion(), activations > 0);
    }

    private static Status status(String version, RuleSetReview review, String activeVersion, boolean everActive) {
        if (version.equals(activeVersion)) {
            return Status.ACTIVE;
        }
        if (everActive) {
            return Status.RETIRED;
        }
        return review == null ? Status.RETIRED : Status.valueOf(review.state);
    }

    /** The version the activation log names as active (the same in every instance). */
    String activeVersion() {
        return versions.lastActivation().map(a -> a.version).orElse(null);
    }

    private RuleSetReview lockedReview(String version) {
        if (em.find(RuleSetVersion.class, version) == null) {
            throw notFound(version);
        }
        RuleSetReview r = em.find(RuleSetReview.class, version, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw conflict(version, status(version), "it was loaded from the rule folders at start and is not under review");
        }
        return r;
    }

    private void decide(RuleSetReview r, Status decision, String comment, String principal) {
        if (comment == null || comment.isBlank()) {
            throw new ProblemException("invalid-request", "Comment required", 400, "A " + decision.name().toLowerCase()
                    + " needs a comment saying why.", List.of(LocatedProblem.atField("comment", "must not be blank")));
        }
        r.state = decision.name();
        r.reviewedBy = principal;
        r.reviewedAt = clock.instant();
        r.reviewComment = comment.strip();
    }

    static ProblemException notFound(String version) {
        return new ProblemException(Problem.ofStatus(404, "Rule-set version " + version + " is not known; GET /api/v1/rulesets lists them."));
    }

    private static ProblemException conflict(String version, Status status, String why) {
        return new ProblemException("ruleset-state", "Not possible in this state", 409, "Version " + version + " is " + status
                + ": " + why + ".", List.of(LocatedProblem.of("status is " + status)));
    }

    static ProblemException refusal(String slug, String title, String detail, List<Finding> findings) {
        return new ProblemException(slug, title, 422, detail, findings.stream().filter(Finding::isError).map(Finding::toProblem).toList());
    }

    static List<Finding> findings(List<RuleProblem> problems) {
        return problems.stream().map(p -> new Finding(Finding.Severity.ERROR, "compile", p.file(), p.sheet(), p.cell(), p.row(),
                p.line(), p.message())).toList();
    }

    static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(Finding::isError).toList();
    }

    static List<Finding> warnings(List<Finding> findings) {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Optional<RuleSetReview> review(String version) {
        return Optional.ofNullable(em.find(RuleSetReview.class, version));
    }
}
