package com.localizevideos.headroom.demo.world;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.localizevideos.headroom.evaluation.BenchSnapshotSql;

/**
 * Benchmark data from the project's own world generator (PersonaFactory, UsageSynth), written as files instead of
 * through the services: accounts.csv and observations.csv for psql \copy, snapshots.sql (the three snapshot
 * statements of evaluation/SnapshotQuery per account, PREPAREd once and EXECUTEd per account) and, with
 * "json", observation batch bodies for POST /api/v1/observations. Outcomes (commercial events) are not written.
 *
 * Usage: BenchWorldCsv OUTDIR FROM_INDEX TO_INDEX DAYS SEED END [json]
 */
public final class BenchWorldCsv {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int from = Integer.parseInt(args[1]);
        int to = Integer.parseInt(args[2]);
        int days = Integer.parseInt(args[3]);
        long seed = Long.parseLong(args[4]);
        Instant end = Instant.parse(args[5]);
        boolean json = args.length > 6 && args[6].equals("json");
        int batch = 5000;
        Files.createDirectories(out);
        LocalDate endDay = end.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate startDay = endDay.minusDays(days);
        String now = end.toString();
        long rows = 0;
        int bodyNo = 0;
        StringBuilder body = new StringBuilder();
        int inBody = 0;
        if (json) {
            Files.createDirectories(out.resolve("bodies"));
        }
        try (BufferedWriter acc = Files.newBufferedWriter(out.resolve("accounts.csv"));
             BufferedWriter obs = Files.newBufferedWriter(out.resolve("observations.csv"));
             BufferedWriter snap = Files.newBufferedWriter(out.resolve("snapshots.sql"))) {
            snap.write(BenchSnapshotSql.prepare());
            for (int i = from; i < to; i++) {
                Persona p = PersonaFactory.create(seed, i, startDay, endDay);
                acc.write(String.join(",", q(p.id()), q(p.name()), p.plan().name(), Integer.toString(p.seatsLicensed()),
                        String.format(java.util.Locale.ROOT, "%.2f", p.arr()), p.billingCycleStart().toString(),
                        p.renewalDate() == null ? "" : p.renewalDate().toString(),
                        Integer.toString(p.fiscalYearStartMonth()), q(p.region()), q(p.segment()),
                        Boolean.toString(p.strategic()), Boolean.toString(p.doNotContact()),
                        Boolean.toString(p.inDunning()), q(p.owner()), now, now));
                acc.write('\n');
                snap.write(BenchSnapshotSql.execute(p.id(), p.billingCycleStart(), end));
                List<WorldObservation> generated = new UsageSynth(p, seed, startDay, endDay).generate();
                for (WorldObservation o : generated) {
                    obs.write(String.join(",", q(o.id()), q(o.accountId()), q(o.metric()),
                            o.dimension() == null ? "" : q(o.dimension()), Double.toString(o.value()),
                            o.observedAt().toString(), "demo-world", now));
                    obs.write('\n');
                    rows++;
                    if (json) {
                        body.append(inBody == 0 ? "{\"observations\":[" : ",");
                        body.append("{\"id\":\"").append(o.id()).append("\",\"accountId\":\"").append(o.accountId())
                                .append("\",\"metric\":\"").append(o.metric()).append('"');
                        if (o.dimension() != null) {
                            body.append(",\"dimension\":\"").append(o.dimension()).append('"');
                        }
                        body.append(",\"value\":").append(o.value()).append(",\"observedAt\":\"")
                                .append(o.observedAt()).append("\",\"source\":\"demo-world\"}");
                        if (++inBody == batch) {
                            bodyNo = flush(out, bodyNo, body);
                            inBody = 0;
                        }
                    }
                }
            }
            snap.write("DEALLOCATE ALL;\n");
        }
        if (json && inBody > 0) {
            bodyNo = flush(out, bodyNo, body);
        }
        System.out.printf("accounts %d..%d, %d days: %d observations%s%n", from, to, days, rows,
                json ? ", " + bodyNo + " bodies of up to " + batch : "");
    }

    private static int flush(Path out, int no, StringBuilder body) throws IOException {
        body.append("]}");
        Files.writeString(out.resolve("bodies").resolve(String.format("b%05d.json", no)), body);
        body.setLength(0);
        return no + 1;
    }

    private static String q(String s) {
        return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
