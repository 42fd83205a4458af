package com.localizevideos.headroom.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Signatures are those of Standard Webhooks, so a receiver's existing library verifies them. */
class WebhookSignatureTest {

    @Test
    void reproducesTheStandardWebhooksTestVector() {
        // The vector published with the Standard Webhooks reference libraries.
        WebhookSignature signer = WebhookSignature.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                signer.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}"));
    }

    @Test
    void idTimestampAndBodyAreAllSigned() {
        WebhookSignature signer = WebhookSignature.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        String signed = signer.sign("d1", 1700000000L, "{}");
        assertNotEquals(signed, signer.sign("d2", 1700000000L, "{}"));
        assertNotEquals(signed, signer.sign("d1", 1700000001L, "{}"));
        assertNotEquals(signed, signer.sign("d1", 1700000000L, "{ }"));
    }

    @Test
    void aPlainSecretIsUsedAsItsUtf8Bytes() {
        assertEquals(WebhookSignature.of("whsec_" + java.util.Base64.getEncoder().encodeToString(
                        "plain-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8))).sign("d", 1L, "{}"),
                WebhookSignature.of("plain-secret").sign("d", 1L, "{}"));
    }

    @Test
    void emptyOrMalformedSecretsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WebhookSignature.of(""));
        assertThrows(IllegalArgumentException.class, () -> WebhookSignature.of(null));
        assertThrows(IllegalArgumentException.class, () -> WebhookSignature.of("whsec_not base64!"));
    }
}
