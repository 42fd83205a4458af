package com.localizevideos.headroom.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * POSTs signed deliveries to the webhook with the JDK HTTP client: connect and request timeouts, no redirects (a
 * 3xx is a failed attempt), HTTP/1.1. Refuses to start with a webhook URL that is not absolute http(s) or without a
 * secret.
 */
@ApplicationScoped
public class WebhookSender {
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    /** Header names of Standard Webhooks: the delivery id (stable across attempts), Unix seconds, and the signature. */
    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    /** The attempt number (1-based), informational; not signed. */
    public static final String ATTEMPT_HEADER = "Headroom-Attempt";

    @Inject
    DeliveryConfig config;

    @Inject
    Clock clock;

    private volatile HttpClient client;
    private volatile WebhookSignature signature;
    private volatile URI target;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        List<String> problems = check(config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Webhook delivery is misconfigured: " + String.join("; ", problems));
        }
        if (config.enabled()) {
            LOG.infof("Actions are delivered to %s (max %d attempts)", config.webhookUrl().orElseThrow(), config.maxAttempts());
        }
    }

    /** Every reason the configuration cannot deliver; empty when delivery is off or well configured. */
    static List<String> check(DeliveryConfig config) {
        List<String> problems = new ArrayList<>();
        if (config.maxAttempts() < 1) {
            problems.add("headroom.delivery.max-attempts must be at least 1");
        }
        if (config.backoffMultiplier() < 1) {
            problems.add("headroom.delivery.backoff-multiplier must be at least 1");
        }
        if (config.jitter() < 0 || config.jitter() > 1) {
            problems.add("headroom.delivery.jitter must be between 0 and 1");
        }
        if (config.claimSize() < 1) {
            problems.add("headroom.delivery.claim-size must be at least 1");
        }
        if (config.lease().compareTo(config.connectTimeout().plus(config.requestTimeout())) <= 0) {
            problems.add("headroom.delivery.lease must exceed connect-timeout plus request-timeout, or a slow attempt "
                    + "could be claimed and sent again by another worker");
        }
        if (!config.enabled()) {
            return problems;
        }
        String url = config.webhookUrl().orElseThrow();
        try {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                problems.add("headroom.delivery.webhook-url must be an absolute http(s) URL, not '" + url + "'");
            }
        } catch (IllegalArgumentException e) {
            problems.add("headroom.delivery.webhook-url '" + url + "' is not a URL: " + e.getMessage());
        }
        try {
            WebhookSignature.of(config.secret().orElse(null));
        } catch (IllegalArgumentException e) {
            problems.add("headroom.delivery.secret: " + e.getMessage() + " (required with a webhook URL)");
        }
        return problems;
    }

    /** Sends one delivery as attempt {@code attempt}; completes with the status or the error, never exceptionally. */
    CompletableFuture<AttemptResult> send(ClaimedDelivery delivery, int attempt) {
        Instant started = clock.instant();
        long timestamp = started.getEpochSecond();
        String id = delivery.id().toString();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(target())
                    .timeout(config.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Headroom-Webhook/1")
                    .header(ID_HEADER, id)
                    .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(SIGNATURE_HEADER, signature().sign(id, timestamp, delivery.payload()))
                    .header(ATTEMPT_HEADER, Integer.toString(attempt))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                    .build();
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new AttemptResult(started, clock.instant(), null, describe(e)));
        }
        return client().sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> error == null
                        ? new AttemptResult(started, clock.instant(), response.statusCode(), null)
                        : new AttemptResult(started, clock.instant(), null, describe(error)));
    }

    /** The error's type and the first message found along its causes, e.g. "ConnectException: Connection refused". */
    static String describe(Throwable error) {
        Throwable top = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String message = null;
        for (Throwable t = top; t != null && message == null; t = t.getCause() == t ? null : t.getCause()) {
            message = t.getMessage() == null || t.getMessage().isBlank() ? null : t.getMessage();
        }
        if (message == null && top instanceof java.net.ConnectException) {
            message = "could not connect (refused or unreachable)";
        }
        String text = top.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private HttpClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(config.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                }
            }
        }
        return client;
    }

    private WebhookSignature signature() {
        if (signature == null) {
            signature = WebhookSignature.of(config.secret().orElseThrow());
        }
        return signature;
    }

    private URI target() {
        if (target == null) {
            target = URI.create(config.webhookUrl().orElseThrow().trim());
        }
        return target;
    }
}
