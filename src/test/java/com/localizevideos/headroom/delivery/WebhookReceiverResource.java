package com.localizevideos.headroom.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts a {@link WebhookReceiver} before the application and points {@code headroom.delivery.webhook-url} at it. */
public class WebhookReceiverResource implements QuarkusTestResourceLifecycleManager {
    private WebhookReceiver receiver;

    @Override
    public Map<String, String> start() {
        receiver = new WebhookReceiver();
        try {
            receiver.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("headroom.delivery.webhook-url", receiver.url(), "headroom.delivery.secret", WebhookReceiver.SECRET);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(receiver,
                new TestInjector.AnnotatedAndMatchesType(InjectWebhookReceiver.class, WebhookReceiver.class));
    }

    @Override
    public void stop() {
        if (receiver != null) {
            receiver.stop();
        }
    }
}
