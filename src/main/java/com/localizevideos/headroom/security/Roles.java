package com.localizevideos.headroom.security;

import java.util.List;

/**
 * The roles Headroom knows, in one place: {@code @RolesAllowed} on every resource method names these constants, the
 * README's role table lists them, and the role-matrix test checks each endpoint against them.
 */
public final class Roles {
    /** The LocalizeVideos app: observations, evaluations, in-product prompts and the responses to them. */
    public static final String APP = "app";
    /** Growth ops: rule-set upload, simulate, activate, rollback. */
    public static final String GROWTH_OPS = "growth-ops";
    /** Customer success and sales: the routed worklist and the customers' responses. */
    public static final String CS = "cs";
    /** Governance reviewers: audit log, approvals, rule-set history (read-only). */
    public static final String GOVERNANCE = "governance";
    /** Executives and data: reports and dashboards. */
    public static final String EXEC = "exec";
    /** Operators: every endpoint, DRL reload. */
    public static final String ADMIN = "admin";
    /** Prometheus scrapers: {@code /q/metrics} and nothing else. */
    public static final String MONITORING = "monitoring";

    /** Every role, in the order the README lists them. */
    public static final List<String> ALL = List.of(APP, GROWTH_OPS, CS, GOVERNANCE, EXEC, ADMIN, MONITORING);

    private Roles() {
    }
}
