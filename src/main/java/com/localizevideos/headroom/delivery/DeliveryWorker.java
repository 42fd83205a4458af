package com.localizevideos.headroom.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due deliveries on every instance: claims a handful, POSTs them at once, records each attempt, and goes on
 * until nothing is due. Runs every {@code headroom.delivery.poll-every} while a webhook URL is set.
 */
@ApplicationScoped
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    /** Claims per tick at most, so one tick cannot run forever while deliveries keep arriving. */
    private static final int MAX_CLAIMS_PER_DRAIN = 50;

    @Inject
    DeliveryStore store;

    @Inject
    WebhookSender sender;

    @Inject
    DeliveryConfig config;

    @Inject
    MeterRegistry metrics;

    private String name;

    @Scheduled(every = "${headroom.delivery.poll-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (config.workerEnabled() && config.enabled()) {
            try {
                drain(name());
            } catch (RuntimeException e) {
                LOG.warnf("Delivery worker %s: %s", name(), e.getMessage());
            }
        }
    }

    /** Sends due deliveries as {@code worker} until none is due; answers how many attempts it made. */
    public int drain(String worker) {
        int attempts = 0;
        for (int i = 0; i < MAX_CLAIMS_PER_DRAIN; i++) {
            List<ClaimedDelivery> claimed = store.claim(worker, config.claimSize());
            if (claimed.isEmpty()) {
                break;
            }
            List<CompletableFuture<Void>> sent = new ArrayList<>();
            for (ClaimedDelivery d : claimed) {
                sent.add(sender.send(d, d.attempts() + 1).thenAccept(result -> settle(d, worker, result)));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
            attempts += claimed.size();
        }
        return attempts;
    }

    private void settle(ClaimedDelivery delivery, String worker, AttemptResult result) {
        if (!result.delivered()) {
            LOG.debugf("Delivery %s attempt %d failed: %s", delivery.id(), delivery.attempts() + 1, result.failure());
        }
        DeliveryStatus status = store.settle(delivery, worker, result);
        metrics.counter("headroom.delivery.attempts", "result", result.delivered() ? "delivered" : "failed").increment();
        if (status == DeliveryStatus.DEAD) {
            LOG.warnf("Delivery %s is a dead letter after %d attempts: %s", delivery.id(), delivery.attempts() + 1,
                    result.failure());
            metrics.counter("headroom.delivery.dead.letters").increment();
        }
    }

    private String name() {
        if (name == null) {
            name = config.workerName().orElseGet(() -> host() + "-" + UUID.randomUUID().toString().substring(0, 8));
        }
        return name;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "headroom";
        }
    }
}
