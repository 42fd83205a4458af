import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fault-run client (JDK only, run as {@code java faults/FaultClient.java key=value ...}): sends observation batches
 * with unique ids and retries each batch until the service acknowledges it (200), through crashes and outages.
 * Every acknowledged id is appended to {@code acked=FILE}; {@code progress=FILE} holds the count acknowledged so far;
 * {@code ready-log=FILE} records readiness transitions seen by polling /q/health/ready. Prints counts at the end.
 * Options: base, prefix, accounts (ids prefix-a0..), batch (500), total (stop after this many), seconds (or after
 * this long), acked, progress, ready-log, user (app:app-local).
 */
public class FaultClient {
    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            o.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String base = o.get("base");
        String prefix = o.get("prefix");
        String accountPrefix = o.getOrDefault("account-prefix", prefix + "-a");
        int accounts = Integer.parseInt(o.getOrDefault("accounts", "10"));
        int batch = Integer.parseInt(o.getOrDefault("batch", "500"));
        long total = Long.parseLong(o.getOrDefault("total", "0"));
        double seconds = Double.parseDouble(o.getOrDefault("seconds", "0"));
        String auth = "Basic " + Base64.getEncoder().encodeToString(o.getOrDefault("user", "app:app-local")
                .getBytes(StandardCharsets.UTF_8));
        Path acked = Path.of(o.get("acked"));
        Path progress = o.containsKey("progress") ? Path.of(o.get("progress")) : null;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        AtomicBoolean done = new AtomicBoolean();
        List<String> transitions = new ArrayList<>();
        Thread watcher = null;
        if (o.containsKey("ready-log")) {
            Path readyLog = Path.of(o.get("ready-log"));
            watcher = new Thread(() -> watchReadiness(http, base, transitions, readyLog, done));
            watcher.start();
        }

        Map<String, Integer> statuses = new TreeMap<>();
        long ackedCount = 0;
        long attempts = 0;
        long max503Ms = 0;
        long non503Problems = 0;
        long started = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(acked)) {
            for (int b = 0; ; b++) {
                double elapsed = (System.nanoTime() - started) / 1e9;
                if ((total > 0 && ackedCount >= total) || (seconds > 0 && elapsed >= seconds)) {
                    break;
                }
                StringBuilder body = new StringBuilder("{\"observations\":[");
                List<String> ids = new ArrayList<>(batch);
                for (int i = 0; i < batch; i++) {
                    String id = prefix + "-" + b + "-" + i;
                    ids.add(id);
                    body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"accountId\":\"")
                            .append(accountPrefix).append((b * 31 + i) % accounts)
                            .append("\",\"metric\":\"video_minutes\",\"value\":").append(1 + i % 7)
                            .append(",\"observedAt\":\"2026-11-").append(String.format("%02d", 1 + (b + i) % 28))
                            .append("T10:00:00Z\",\"source\":\"fault\"}");
                }
                body.append("]}");
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/observations"))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .header("Authorization", auth)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
                while (true) {
                    attempts++;
                    long t0 = System.nanoTime();
                    String key;
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long ms = (System.nanoTime() - t0) / 1_000_000;
                        int status = response.statusCode();
                        key = String.valueOf(status);
                        if (status == 200 && response.body().contains("\"rejected\":[]")) {
                            statuses.merge(key, 1, Integer::sum);
                            for (String id : ids) {
                                out.write(id);
                                out.newLine();
                            }
                            out.flush();
                            ackedCount += ids.size();
                            if (progress != null) {
                                Files.writeString(progress, Long.toString(ackedCount));
                            }
                            break;
                        }
                        if (status == 503) {
                            max503Ms = Math.max(max503Ms, ms);
                            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                                non503Problems++;
                            }
                        }
                    } catch (IOException e) {
                        key = "connection-error";
                    }
                    statuses.merge(key, 1, Integer::sum);
                    Thread.sleep(200);
                }
            }
        } finally {
            done.set(true);
            if (watcher != null) {
                watcher.join();
            }
        }
        System.out.println("observations_acknowledged=" + ackedCount);
        System.out.println("requests=" + attempts);
        statuses.forEach((k, v) -> System.out.println("answers_" + k + "=" + v));
        System.out.println("max_503_ms=" + max503Ms);
        System.out.println("answers_503_not_problem_json=" + non503Problems);
        if (!transitions.isEmpty()) {
            System.out.println("readiness=" + String.join(",", transitions));
        }
    }

    private static void watchReadiness(HttpClient http, String base, List<String> transitions, Path log, AtomicBoolean done) {
        String last = null;
        long t0 = System.nanoTime();
        StringBuilder lines = new StringBuilder();
        while (!done.get()) {
            String state;
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                state = r.statusCode() == 200 ? "UP" : "DOWN";
            } catch (Exception e) {
                state = "UNREACHABLE";
            }
            if (!state.equals(last)) {
                transitions.add(state);
                lines.append(String.format("%.1f s %s%n", (System.nanoTime() - t0) / 1e9, state));
                last = state;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
        try {
            Files.writeString(log, lines.toString());
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }
}
