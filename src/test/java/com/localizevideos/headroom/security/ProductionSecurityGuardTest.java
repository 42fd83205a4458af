package com.localizevideos.headroom.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The production start check, without starting anything: settings in, reasons out. */
class ProductionSecurityGuardTest {
    private static final String ISSUER = "https://idp.example.com/realms/localizevideos";

    @Test
    void prodWithBuiltInUsersAndNoIdentityProviderRefusesWithBothReasons() {
        var settings = new ProductionSecurityGuard.Settings(Set.of("prod"), Set.of("admin", "app"), false, true,
                Optional.empty());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ProductionSecurityGuard.check(settings));
        assertTrue(refused.getMessage().contains("built-in users [admin, app]"), refused.getMessage());
        assertTrue(refused.getMessage().contains("quarkus.oidc.auth-server-url"), refused.getMessage());
        assertTrue(refused.getMessage().contains("-Dquarkus.profile=local"), refused.getMessage());
    }

    @Test
    void prodWithAnIdentityProviderAndNoBuiltInUsersStarts() {
        var settings = new ProductionSecurityGuard.Settings(Set.of("prod"), Set.of(), false, true, Optional.of(ISSUER));
        assertDoesNotThrow(() -> ProductionSecurityGuard.check(settings));
    }

    @Test
    void prodWithOidcSwitchedOffOrTheFileRealmRefuses() {
        var oidcOff = new ProductionSecurityGuard.Settings(Set.of("prod"), Set.of(), false, false, Optional.of(ISSUER));
        assertEquals(1, ProductionSecurityGuard.problems(oidcOff).size());
        assertTrue(ProductionSecurityGuard.problems(oidcOff).get(0).contains("tenant-enabled=false"));
        var fileRealm = new ProductionSecurityGuard.Settings(Set.of("prod"), Set.of(), true, true, Optional.of(ISSUER));
        assertTrue(ProductionSecurityGuard.problems(fileRealm).get(0).contains("quarkus.security.users.file"));
    }

    @Test
    void localAndTestProfilesMayUseBuiltInUsersWithoutIdentityProvider() {
        for (String profile : List.of("local", "test", "dev")) {
            var settings = new ProductionSecurityGuard.Settings(Set.of(profile), Set.of("admin"), false, false,
                    Optional.empty());
            assertDoesNotThrow(() -> ProductionSecurityGuard.check(settings), profile);
        }
    }

    @Test
    void shippedConfigurationHasNoBuiltInUsersInProdAndNeedsOnlyTheIssuer() throws IOException {
        ProductionSecurityGuard.Settings prod = ProductionSecurityGuard.Settings.of(shipped("prod", Map.of()));
        assertEquals(Set.of(), prod.builtInUsers());
        assertEquals(List.of("no identity provider is configured"),
                ProductionSecurityGuard.problems(prod).stream().map(p -> p.substring(0, p.indexOf(':'))).toList());

        ProductionSecurityGuard.Settings configured = ProductionSecurityGuard.Settings.of(
                shipped("prod", Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", ISSUER)));
        assertEquals(List.of(), ProductionSecurityGuard.problems(configured));

        ProductionSecurityGuard.Settings local = ProductionSecurityGuard.Settings.of(shipped("local", Map.of()));
        assertEquals(Set.of("admin", "app", "cs", "exec", "governance", "growth", "monitoring"), local.builtInUsers());
        assertEquals(false, local.oidcEnabled());
    }

    @Test
    void builtInUsersAddedInProdThroughTheEnvironmentAreFound() throws IOException {
        ProductionSecurityGuard.Settings prod = ProductionSecurityGuard.Settings.of(shipped("prod",
                Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", ISSUER, "QUARKUS_SECURITY_USERS_EMBEDDED_USERS_BOB", "abc")));
        assertEquals(Set.of("bob"), prod.builtInUsers());
        assertEquals(1, ProductionSecurityGuard.problems(prod).size());
    }

    /** The application.properties this build ships, under {@code profile}, with {@code env} as environment. */
    private static SmallRyeConfig shipped(String profile, Map<String, String> env) throws IOException {
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(
                        Thread.currentThread().getContextClassLoader().getResource("application.properties"), 250))
                .withSources(new EnvConfigSource(new HashMap<>(env), 300))
                .build();
    }
}
