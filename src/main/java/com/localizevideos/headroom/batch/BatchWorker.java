package com.localizevideos.headroom.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;

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
        int evaluated = 0;
        int failed = 0;
        for (String account : chunk.accountIds()) {
            try {
                evaluations.evaluate(new EvaluationRequest(account, chunk.asOf()), "batch:" + chunk.startedBy(),
                        chunk.runId());
                evaluated++;
            } catch (RuntimeException e) {
                failed++;
                LOG.warnf("Batch %s: account %s failed: %s", chunk.runId(), account, e.getMessage());
            }
        }
        chunks.finish(chunk, worker, evaluated, failed);
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
