package com.localizevideos.headroom.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;

import com.localizevideos.headroom.security.Roles;

/**
 * The dashboard pages under {@code /dashboard/} and the roles that may open each: the same roles as the API endpoints
 * the page reads, so a page never shows a role data its API would refuse. {@link DashboardPagePolicy} enforces it and
 * {@code GET /api/v1/session} lists the pages of the caller for the navigation.
 */
public enum DashboardPage {
    HOME("index.html", "Home", "Start", Set.copyOf(Roles.ALL)),
    OVERVIEW("overview.html", "Overview", "Reports", Set.of(Roles.EXEC, Roles.GOVERNANCE, Roles.ADMIN)),
    CONVERSION("conversion.html", "Conversion", "Reports", Set.of(Roles.EXEC, Roles.GOVERNANCE, Roles.ADMIN)),
    ACCOUNTS("accounts.html", "Accounts", "Accounts", Set.of(Roles.CS, Roles.GOVERNANCE, Roles.EXEC, Roles.ADMIN)),
    ACCOUNT("account.html", "Account", null, Set.of(Roles.CS, Roles.GOVERNANCE, Roles.EXEC, Roles.ADMIN)),
    WORKLIST("worklist.html", "CS worklist", "Work", Set.of(Roles.CS, Roles.GROWTH_OPS, Roles.GOVERNANCE, Roles.ADMIN)),
    AUDIT("audit.html", "Audit explorer", "Rules", Set.of(Roles.GOVERNANCE, Roles.ADMIN)),
    RULESETS("rulesets.html", "Rule sets", "Rules", Set.of(Roles.GROWTH_OPS, Roles.GOVERNANCE, Roles.ADMIN));

    /** Where the pages live; {@code /dashboard/} itself is {@link #HOME}. */
    public static final String ROOT = "/dashboard/";

    private final String file;
    private final String title;
    private final String section;
    private final Set<String> roles;

    DashboardPage(String file, String title, String section, Set<String> roles) {
        this.file = file;
        this.title = title;
        this.section = section;
        this.roles = roles;
    }

    public String path() {
        return ROOT + file;
    }

    public String title() {
        return title;
    }

    /** The navigation group; null for pages reached from another page (an account is opened from the list). */
    public String section() {
        return section;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean allows(SecurityIdentity identity) {
        return roles.stream().anyMatch(identity::hasRole);
    }

    /** The page a request path names ({@code /dashboard}, {@code /dashboard/} and {@code /dashboard/x.html}). */
    public static Optional<DashboardPage> at(String path) {
        if (path.equals("/dashboard") || path.equals(ROOT)) {
            return Optional.of(HOME);
        }
        return Arrays.stream(values()).filter(p -> p.path().equals(path)).findFirst();
    }

    /** The pages {@code identity} may open, in navigation order. */
    public static List<DashboardPage> of(SecurityIdentity identity) {
        return Arrays.stream(values()).filter(p -> p.allows(identity)).toList();
    }
}
