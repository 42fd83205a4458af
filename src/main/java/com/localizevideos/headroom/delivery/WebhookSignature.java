package com.localizevideos.headroom.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies as Standard Webhooks (standardwebhooks.com) does: {@code webhook-signature: v1,<base64>} where
 * the base64 is HMAC-SHA256 over {@code <webhook-id>.<webhook-timestamp>.<body>}.
 */
public final class WebhookSignature {
    /** Prefix of a Standard Webhooks secret; the rest is the base64 of the key. */
    public static final String SECRET_PREFIX = "whsec_";

    private final SecretKeySpec key;

    private WebhookSignature(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The signer for {@code secret}: {@code whsec_<base64>} is decoded, any other string used as UTF-8 bytes. */
    public static WebhookSignature of(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the webhook secret is empty");
        }
        if (secret.startsWith(SECRET_PREFIX)) {
            try {
                return new WebhookSignature(Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("a secret starting with " + SECRET_PREFIX + " must continue in base64", e);
            }
        }
        return new WebhookSignature(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code webhook-signature} header value for a delivery id, a Unix timestamp (seconds) and the body. */
    public String sign(String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
