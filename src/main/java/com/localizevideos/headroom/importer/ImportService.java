package com.localizevideos.headroom.importer;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;

import org.jboss.logging.Logger;

import com.localizevideos.headroom.common.DatabaseUnavailable;
import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.importer.mapping.AccountsMapping;
import com.localizevideos.headroom.importer.mapping.ChurnEventsMapping;
import com.localizevideos.headroom.importer.mapping.CsvMapping;
import com.localizevideos.headroom.importer.mapping.CsvRow;
import com.localizevideos.headroom.importer.mapping.FeatureUsageMapping;
import com.localizevideos.headroom.importer.mapping.Mapped;
import com.localizevideos.headroom.importer.mapping.SubscriptionsMapping;
import com.localizevideos.headroom.importer.mapping.SupportTicketsMapping;
import com.localizevideos.headroom.importer.store.AccountWriter;
import com.localizevideos.headroom.importer.store.ChunkResult;
import com.localizevideos.headroom.importer.store.ChunkWriter;
import com.localizevideos.headroom.importer.store.EventWriter;
import com.localizevideos.headroom.importer.store.ObservationWriter;
import com.localizevideos.headroom.importer.store.RowResult;
import com.localizevideos.headroom.importer.store.SubscriptionWriter;

/**
 * Imports a CSV export: reads it row by row, maps each row with the kind's mapping, and writes chunks of valid rows
 * through the kind's writer, one transaction per chunk. A bad row is reported and skipped; it never stops the others.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final ImportConfig config;
    private final AccountWriter accounts;
    private final SubscriptionWriter subscriptions;
    private final ObservationWriter observations;
    private final EventWriter events;

    public ImportService(ImportConfig config, AccountWriter accounts, SubscriptionWriter subscriptions,
                         ObservationWriter observations, EventWriter events) {
        this.config = config;
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.observations = observations;
        this.events = events;
    }

    public ImportView importAccounts(InputStream body, Charset charset, String source) {
        return run(new AccountsMapping(), accounts, body, charset, source);
    }

    public ImportView importSubscriptions(InputStream body, Charset charset, String source) {
        return run(new SubscriptionsMapping(), subscriptions, body, charset, source);
    }

    public ImportView importFeatureUsage(InputStream body, Charset charset, String source) {
        return run(new FeatureUsageMapping(), observations, body, charset, source);
    }

    public ImportView importSupportTickets(InputStream body, Charset charset, String source) {
        return run(new SupportTicketsMapping(), observations, body, charset, source);
    }

    public ImportView importChurnEvents(InputStream body, Charset charset, String source) {
        return run(new ChurnEventsMapping(), events, body, charset, source);
    }

    private <T> ImportView run(CsvMapping<T> mapping, ChunkWriter<T> writer, InputStream body, Charset charset,
                               String source) {
        ImportTally tally = new ImportTally(mapping.kind(), source, config.maxListedRejections());
        try (CsvRows rows = CsvRows.open(body, charset, mapping.requiredColumns())) {
            List<Mapped<T>> chunk = new ArrayList<>(config.chunkSize());
            CsvRows.Unreadable stopped = null;
            while (true) {
                CsvRow row;
                try {
                    row = rows.next();
                } catch (CsvRows.Unreadable e) {
                    stopped = e;
                    break;
                }
                if (row == null) {
                    break;
                }
                chunk.add(map(mapping, row, rows, source));
                if (chunk.size() == config.chunkSize()) {
                    write(writer, chunk, tally);
                    chunk.clear();
                }
            }
            write(writer, chunk, tally);
            if (stopped != null) {
                tally.stop(stopped.line(), stopped.getMessage());
            }
        }
        tally.store(writer.finish(source));
        return tally.view();
    }

    private static <T> Mapped<T> map(CsvMapping<T> mapping, CsvRow row, CsvRows rows, String source) {
        String problem = null;
        if (row.record().size() != rows.columns()) {
            problem = "the row has " + row.record().size() + " cells; the header has " + rows.columns();
        } else if (CsvRows.undecodable(row)) {
            String charset = rows.charset().name();
            problem = "the row has bytes that are not valid " + charset + "; send the file in " + charset
                    + " or name its charset in Content-Type";
        }
        return problem == null ? mapping.map(row, source)
                : new Mapped<>(row.line(), row.get(mapping.idColumn()), null, List.of(problem));
    }

    /**
     * Writes the valid rows of a chunk in one transaction and tallies every row of it in file order. When the
     * database refuses the chunk, its rows are written one by one so that only the culprit is rejected.
     */
    private <T> void write(ChunkWriter<T> writer, List<Mapped<T>> chunk, ImportTally tally) {
        List<Mapped<T>> valid = chunk.stream().filter(Mapped::valid).toList();
        if (valid.isEmpty()) {
            tally.record(chunk, List.of());
            return;
        }
        try {
            ChunkResult result = writer.write(valid.stream().map(Mapped::value).toList());
            tally.record(chunk, result.rows());
            tally.store(result.stored());
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causes(e)) {
                throw e; // a 503: the rows before this chunk are stored, a re-import is idempotent
            }
            LOG.warnf("A chunk of %d rows from line %d was refused (%s); writing its rows one by one",
                    valid.size(), valid.get(0).line(), e.toString());
            List<RowResult> results = new ArrayList<>(valid.size());
            for (Mapped<T> row : valid) {
                try {
                    ChunkResult one = writer.write(List.of(row.value()));
                    results.add(one.rows().get(0));
                    tally.store(one.stored());
                } catch (RuntimeException rowError) {
                    if (DatabaseUnavailable.causes(rowError)) {
                        throw rowError;
                    }
                    results.add(RowResult.rejected(reasons(rowError)));
                }
            }
            tally.record(chunk, results);
        }
    }

    /** Why a single row could not be stored, in words; unexpected errors are logged with an incident reference. */
    private static List<String> reasons(RuntimeException e) {
        if (e instanceof ConstraintViolationException violations) {
            return violations.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().toList();
        }
        if (e instanceof ProblemException problem) {
            List<String> messages = problem.problem().problems().stream().map(LocatedProblem::message).toList();
            return messages.isEmpty() ? List.of(problem.problem().detail()) : messages;
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Import row could not be stored, incident %s", incident);
        return List.of("the row could not be stored; quote incident " + incident + " when reporting it");
    }
}
