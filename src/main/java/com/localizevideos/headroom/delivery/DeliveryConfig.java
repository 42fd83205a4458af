package com.localizevideos.headroom.delivery;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Webhook delivery of actions: target, signing secret, retry policy and this instance's worker. */
@ConfigMapping(prefix = "headroom.delivery")
public interface DeliveryConfig {

    /**
     * Absolute http(s) URL every action is POSTed to. Empty: delivery is off, and evaluations write no outbox rows
     * (turning it on delivers the actions of evaluations made from then on).
     */
    Optional<String> webhookUrl();

    /**
     * HMAC-SHA256 key of the {@code webhook-signature} header: {@code whsec_<base64>} (Standard Webhooks; the key is the
     * decoded bytes) or any other string (the key is its UTF-8 bytes). Required when a webhook URL is set.
     */
    Optional<String> secret();

    /** Attempts before a delivery becomes a dead letter (a manual retry grants this many again). */
    @WithDefault("8")
    int maxAttempts();

    /** Wait after the first failed attempt; each further failure multiplies it by {@link #backoffMultiplier()}. */
    @WithDefault("30s")
    Duration initialBackoff();

    @WithDefault("2.0")
    double backoffMultiplier();

    /** Longest wait between two attempts. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** Up to this share of each wait is added at random, so failed deliveries do not retry in lock step. */
    @WithDefault("0.2")
    double jitter();

    /** TCP connect timeout of one attempt. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Time for the receiver to answer one attempt, after connecting. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** Whether this instance's scheduled worker sends deliveries. */
    @WithDefault("true")
    boolean workerEnabled();

    /** How often the worker looks for due deliveries (Quarkus {@code @Scheduled} syntax, e.g. {@code 2s}). */
    @WithDefault("2s")
    String pollEvery();

    /** Deliveries one worker claims and sends at once. */
    @WithDefault("20")
    int claimSize();

    /**
     * How long a claim holds: a delivery claimed and not settled within this time (its instance died mid-send) is
     * claimed again by another worker. Must exceed connect plus request timeout.
     */
    @WithDefault("2m")
    Duration lease();

    /** Name this instance's worker records on claims and attempts (default: host name and a random suffix). */
    Optional<String> workerName();

    /** Whether a webhook URL is configured. */
    default boolean enabled() {
        return webhookUrl().filter(u -> !u.isBlank()).isPresent();
    }
}
