package com.localizevideos.headroom.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;

/**
 * Refuses to start the {@code prod} profile with the built-in users (they are for local runs and tests) or without an
 * OIDC identity provider; other profiles start and log which built-in users they accept.
 */
@ApplicationScoped
public class ProductionSecurityGuard {
    private static final Logger LOG = Logger.getLogger(ProductionSecurityGuard.class);
    static final String USERS_PREFIX = "quarkus.security.users.embedded.users.";
    static final String USERS_ENV_PREFIX = "QUARKUS_SECURITY_USERS_EMBEDDED_USERS_";

    /** What the guard looks at, read from the configuration at start. */
    public record Settings(Set<String> profiles, Set<String> builtInUsers, boolean fileRealm, boolean oidcEnabled,
                           Optional<String> authServerUrl) {
        /** Reads the settings from {@code config}: active profiles, built-in users, file realm and OIDC tenant. */
        public static Settings of(SmallRyeConfig config) {
            Set<String> users = new TreeSet<>();
            for (String name : config.getPropertyNames()) {
                String user = name.startsWith(USERS_PREFIX) ? name.substring(USERS_PREFIX.length())
                        : name.startsWith(USERS_ENV_PREFIX) ? name.substring(USERS_ENV_PREFIX.length()).toLowerCase(Locale.ROOT)
                        : null;
                if (user != null && config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isPresent()) {
                    users.add(user);
                }
            }
            return new Settings(Set.copyOf(config.getProfiles()), users,
                    config.getOptionalValue("quarkus.security.users.file.enabled", Boolean.class).orElse(false),
                    config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(true),
                    config.getOptionalValue("quarkus.oidc.auth-server-url", String.class).filter(v -> !v.isBlank()));
        }

        boolean production() {
            return profiles.contains("prod");
        }
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        Settings settings = Settings.of(ConfigProvider.getConfig().unwrap(SmallRyeConfig.class));
        check(settings);
        if (!settings.builtInUsers().isEmpty()) {
            LOG.warnf("Built-in users %s accept HTTP Basic (profiles %s): LOCAL ONLY, never in production",
                    settings.builtInUsers(), settings.profiles());
        }
    }

    /** Throws with every reason at once when {@code settings} may not start; returns quietly otherwise. */
    public static void check(Settings settings) {
        List<String> problems = problems(settings);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Headroom refuses to start in production (profile prod):\n  - "
                    + String.join("\n  - ", problems)
                    + "\nFor a local run on a trusted machine start with -Dquarkus.profile=local instead.");
        }
    }

    /** The reasons production may not start with {@code settings}; empty outside the prod profile. */
    public static List<String> problems(Settings settings) {
        List<String> problems = new ArrayList<>();
        if (!settings.production()) {
            return problems;
        }
        if (!settings.builtInUsers().isEmpty()) {
            problems.add("built-in users " + new TreeSet<>(settings.builtInUsers()) + " are configured (quarkus.security.users.embedded"
                    + ".users.*); they have published passwords and are for the local and test profiles only: remove them");
        }
        if (settings.fileRealm()) {
            problems.add("the properties-file user realm is enabled (quarkus.security.users.file.enabled=true); "
                    + "production users come from the identity provider only");
        }
        if (!settings.oidcEnabled()) {
            problems.add("OIDC is switched off (quarkus.oidc.tenant-enabled=false); production needs an identity provider");
        } else if (settings.authServerUrl().isEmpty()) {
            problems.add("no identity provider is configured: set quarkus.oidc.auth-server-url "
                    + "(QUARKUS_OIDC_AUTH_SERVER_URL) to the issuer, e.g. https://idp.example.com/realms/localizevideos");
        }
        return problems;
    }
}
