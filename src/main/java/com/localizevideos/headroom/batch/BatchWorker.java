package com.localizevideos.headroom.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.localizevideos.headroom.evaluation.EvaluationRequest;
import com.localizevideos.headroom.evaluation.EvaluationService;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/** Claims chunks and evaluates their accounts until none is left; runs every second on each instance. */
@ApplicationScoped
public class BatchWorker {
    private static final Logger LOG = Logger.getLogger(BatchWorker.class);

    @Inject
    BatchChunkStore chunks;

    @Inject
    EvaluationService evaluations;

    @Inject
    BatchConfig config;

    private String name;

    private ExecutorService pool;

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (config.workerEnabled()) {
            drain(name());
        }
    }

    /** Processes chunks as {@code worker} until no chunk is left; answers how many chunks it finished. */
    public int drain(String worker) {
        int finished = 0;
        for (Optional<BatchChunk> next = chunks.claim(worker); next.isPresent(); next = chunks.claim(worker)) {
            process(next.get(), worker);
            finished++;
        }
        return finished;
    }

    void process(BatchChunk chunk, String worker) {
        AtomicInteger evaluated = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        for (String account : chunk.accountIds()) {
            tasks.add(() -> {
                try {
                    evaluations.evaluate(new EvaluationRequest(account, chunk.asOf()), "batch:" + chunk.startedBy(),
                            chunk.runId());
                    evaluated.incrementAndGet();
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    LOG.warnf("Batch %s: account %s failed: %s", chunk.runId(), account, e.getMessage());
                }
            });
        }
        runAll(tasks);
        chunks.finish(chunk, worker, evaluated.get(), failed.get());
    }

    /** Runs the tasks on {@code headroom.batch.threads} threads and returns when all are done. */
    private void runAll(List<Runnable> tasks) {
        if (config.threads() <= 1) {
            tasks.forEach(Runnable::run);
            return;
        }
        List<Future<?>> running = new ArrayList<>();
        ExecutorService executor = pool();
        tasks.forEach(t -> running.add(executor.submit(t)));
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while evaluating a batch chunk", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("batch evaluation task failed", e.getCause());
            }
        }
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            AtomicInteger n = new AtomicInteger();
            pool = Executors.newFixedThreadPool(config.threads(), r -> {
                Thread t = new Thread(r, "headroom-batch-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    @PreDestroy
    synchronized void stop() {
        if (pool != null) {
            pool.shutdownNow();
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
