package com.localizevideos.headroom.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** A webhook URL without a usable secret, or a policy that cannot work, stops the start with every reason named. */
class DeliveryConfigCheckTest {

    private static List<String> check(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(Map.of("headroom.delivery.secret", ""));
        all.putAll(properties);
        DeliveryConfig config = new SmallRyeConfigBuilder().withMapping(DeliveryConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(all, "test", 500)).build()
                .getConfigMapping(DeliveryConfig.class);
        return WebhookSender.check(config);
    }

    @Test
    void deliveryOffNeedsNothing() {
        assertEquals(List.of(), check(Map.of()));
        assertEquals(List.of(), check(Map.of("headroom.delivery.webhook-url", "")));
    }

    @Test
    void aWellConfiguredWebhookPasses() {
        assertEquals(List.of(), check(Map.of("headroom.delivery.webhook-url", "https://app.example.com/hooks/headroom",
                "headroom.delivery.secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")));
    }

    @Test
    void everyProblemIsNamed() {
        List<String> problems = check(Map.of("headroom.delivery.webhook-url", "ftp://example.com/x",
                "headroom.delivery.max-attempts", "0", "headroom.delivery.jitter", "2",
                "headroom.delivery.lease", "10s"));
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("max-attempts"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("jitter")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("lease must exceed")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("absolute http(s) URL")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("headroom.delivery.secret")));
    }

    @Test
    void aRelativeUrlOrABadStandardSecretIsRefused() {
        List<String> problems = check(Map.of("headroom.delivery.webhook-url", "/hooks",
                "headroom.delivery.secret", "whsec_%%%"));
        assertEquals(2, problems.size(), problems.toString());
    }
}
