import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for POST /api/v1/evaluations and POST /api/v1/observations (JDK only:
 * {@code java bench/LoadGen.java BASE ENDPOINT MODE CONCURRENCY SECONDS [RATE] -- ACCOUNT...}).
 * MODE {@code max}: closed loop, CONCURRENCY workers send back to back — the maximum throughput.
 * MODE {@code rate}: open loop at a fixed RATE per second (requests are due on a fixed schedule, at most CONCURRENCY
 * in flight); latency counts from when a request was due, so a stall is not hidden (no coordinated omission).
 * Observations: each request carries 10 observations with fresh ids. Prints one line: throughput, p50, p99, errors.
 */
public class LoadGen {
    static final int OBS_PER_REQUEST = 10;
    static final AtomicLong SEQ = new AtomicLong();
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String endpoint = args[1];
        String mode = args[2];
        int concurrency = Integer.parseInt(args[3]);
        double seconds = Double.parseDouble(args[4]);
        double rate = mode.equals("rate") ? Double.parseDouble(args[5]) : 0;
        List<String> accounts = new ArrayList<>();
        boolean after = false;
        for (String a : args) {
            if (after) {
                accounts.add(a);
            }
            after |= a.equals("--");
        }
        // HTTP/1.1, one connection per request in flight, as wrk and most service clients do. The JDK client's default
        // (HTTP/2 after an h2c upgrade) multiplexes every request of the open loop over one connection; LOADGEN_HTTP=2
        // measures that (bench/README.md "Load").
        HttpClient.Version version = "2".equals(System.getenv("LOADGEN_HTTP"))
                ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1;
        HttpClient http = HttpClient.newBuilder().version(version).executor(Executors.newFixedThreadPool(4))
                .connectTimeout(Duration.ofSeconds(5)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("app:app-local".getBytes(StandardCharsets.UTF_8));
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> errorKinds = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        Semaphore inFlight = new Semaphore(concurrency);
        if (mode.equals("max")) {
            CountDownLatch done = new CountDownLatch(concurrency);
            for (int w = 0; w < concurrency; w++) {
                new Thread(() -> {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(request(base, endpoint, accounts, auth), HttpResponse.BodyHandlers.ofString());
                            record(r.statusCode(), System.nanoTime() - t0, latencies, ok, errors, errorKinds);
                        } catch (Exception e) {
                            record(-1, System.nanoTime() - t0, latencies, ok, errors, errorKinds);
                        }
                    }
                    done.countDown();
                }).start();
            }
            done.await();
        } else {
            long interval = (long) (1e9 / rate);
            long due = start;
            CountDownLatch all = new CountDownLatch(1);
            AtomicLong pending = new AtomicLong(1);
            while (due < end) {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                inFlight.acquire();
                long intended = due;
                pending.incrementAndGet();
                http.sendAsync(request(base, endpoint, accounts, auth), HttpResponse.BodyHandlers.ofString())
                        .whenComplete((r, e) -> {
                            record(e == null ? r.statusCode() : -1, System.nanoTime() - intended, latencies, ok, errors, errorKinds);
                            inFlight.release();
                            if (pending.decrementAndGet() == 0) {
                                all.countDown();
                            }
                        });
                due += interval;
            }
            if (pending.decrementAndGet() == 0) {
                all.countDown();
            }
            all.await();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("endpoint=%s mode=%s concurrency=%d%s seconds=%.1f requests=%d throughput=%.1f/s "
                        + "p50=%.1fms p99=%.1fms errors=%d%s%n", endpoint, mode, concurrency,
                mode.equals("rate") ? String.format(" target=%.1f/s", rate) : "", elapsed, ok.get() + errors.get(),
                ok.get() / elapsed, pct(sorted, 0.50), pct(sorted, 0.99), errors.get(),
                errorKinds.isEmpty() ? "" : " (" + String.join(",", new java.util.TreeSet<>(errorKinds)) + ")");
        System.exit(0);
    }

    static void record(int status, long nanos, ConcurrentLinkedQueue<Long> latencies, AtomicLong ok, AtomicLong errors,
                       ConcurrentLinkedQueue<String> kinds) {
        latencies.add(nanos);
        if (status >= 200 && status < 300) {
            ok.incrementAndGet();
        } else {
            errors.incrementAndGet();
            kinds.add(status < 0 ? "io" : String.valueOf(status));
        }
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    static HttpRequest request(String base, String endpoint, List<String> accounts, String auth) {
        long n = SEQ.incrementAndGet();
        String account = accounts.get((int) (n % accounts.size()));
        String body;
        if (endpoint.equals("evaluations")) {
            body = "{\"accountId\":\"" + account + "\"}";
        } else {
            StringBuilder b = new StringBuilder("{\"observations\":[");
            for (int i = 0; i < OBS_PER_REQUEST; i++) {
                b.append(i == 0 ? "" : ",").append("{\"id\":\"load-").append(RUN).append('-').append(n).append('-').append(i)
                        .append("\",\"accountId\":\"").append(account)
                        .append("\",\"metric\":\"api_calls\",\"value\":").append(1 + i)
                        .append(",\"observedAt\":\"2026-11-20T10:00:00Z\"}");
            }
            body = b.append("]}").toString();
        }
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/" + endpoint)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
