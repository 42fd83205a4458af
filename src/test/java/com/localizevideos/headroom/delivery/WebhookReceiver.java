package com.localizevideos.headroom.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver as a customer would write one, on the JDK's HTTP server and a random port: it checks the
 * Standard Webhooks signature (401 when it does not verify) and answers per account as the test tells it to (up, 503,
 * 500, slow), keeping every request it saw.
 */
public class WebhookReceiver {
    public static final String PATH = "/hooks/headroom";
    /** The key bytes behind {@link #SECRET}. */
    static final byte[] KEY = "headroom-test-webhook-key-0123456789".getBytes(StandardCharsets.UTF_8);
    public static final String SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString(KEY);

    /** How the receiver answers an account's deliveries. */
    public enum Mode { UP, UNAVAILABLE, FAILING, SLOW }

    /** A request as received: headers, raw body, what was answered, and when. */
    public record Received(String webhookId, String timestamp, String signature, String attempt, String body,
                           JsonNode json, int answered, Instant at) {
        String accountId() {
            return json.path("accountId").asText();
        }

        String actionId() {
            return json.path("action").path("id").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Mode> modes = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private int port;
    private HttpServer server;
    private boolean running;

    /** Starts on a random free port, or again on the port it had; does nothing while running. */
    public synchronized void start() throws IOException {
        if (running) {
            return;
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.createContext(PATH, this::handle);
        server.setExecutor(executor);
        server.start();
        running = true;
        port = server.getAddress().getPort();
    }

    /** Stops listening: connections are refused until {@link #start()} binds the same port again. */
    public synchronized void stop() {
        if (running) {
            server.stop(0);
            running = false;
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port + PATH;
    }

    public void mode(String accountId, Mode mode) {
        modes.put(accountId, mode);
    }

    /** Every request for the account, in arrival order. */
    public List<Received> requests(String accountId) {
        return received.stream().filter(r -> r.accountId().equals(accountId)).toList();
    }

    /** The requests for the account that were answered 2xx (the receiver took them). */
    public List<Received> accepted(String accountId) {
        return requests(accountId).stream().filter(r -> r.answered() / 100 == 2).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            JsonNode json = JSON.readTree(body);
            Mode mode = modes.getOrDefault(json.path("accountId").asText(), Mode.UP);
            int status = !verifies(id, timestamp, signature, body) ? 401
                    : switch (mode) {
                        case UP -> 204;
                        case UNAVAILABLE -> 503;
                        case FAILING -> 500;
                        case SLOW -> {
                            sleep(150);
                            yield 200;
                        }
                    };
            received.add(new Received(id, timestamp, signature, exchange.getRequestHeaders().getFirst("Headroom-Attempt"),
                    body, json, status, Instant.now()));
            exchange.sendResponseHeaders(status, -1);
        }
    }

    /** What a receiver does: recompute HMAC-SHA256 over "id.timestamp.body" and compare in constant time. */
    static boolean verifies(String id, String timestamp, String signatureHeader, String body) {
        if (id == null || timestamp == null || signatureHeader == null) {
            return false;
        }
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String candidate : signatureHeader.split(" ")) {
                if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected,
                        java.util.Base64.getDecoder().decode(candidate.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
