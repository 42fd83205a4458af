package com.localizevideos.headroom.common.corpus;

import static com.localizevideos.headroom.common.corpus.MalformedCase.raw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.localizevideos.headroom.common.corpus.MalformedCase.Expect;

/**
 * Hostile files for the endpoints that take files: CSV imports today; rule-set workbook uploads
 * ({@code POST /api/v1/rulesets}, multipart) add their cases in {@link #rulesetUploads} — the workbooks are already
 * here ({@link #hostileWorkbooks}).
 */
public final class HostileFiles {

    /** Import kinds and the header each one requires. */
    static final Map<String, String> IMPORTS = new LinkedHashMap<>();

    static {
        IMPORTS.put("accounts", "account_id,account_name,industry,country,signup_date,plan_tier,seats");
        IMPORTS.put("subscriptions", "subscription_id,account_id,start_date,end_date,plan_tier,seats,arr_amount,is_trial,"
                + "upgrade_flag,downgrade_flag,billing_frequency");
        IMPORTS.put("feature-usage", "usage_id,subscription_id,usage_date,feature_name,usage_count");
        IMPORTS.put("support-tickets", "ticket_id,account_id,submitted_at,closed_at,priority,satisfaction_score");
        IMPORTS.put("churn-events", "churn_event_id,account_id,churn_date,reason_code,feedback_text");
    }

    /** Multipart field name of the rule-set upload (the governance work's endpoint); adjust when it lands. */
    static final String RULESET_FILE_FIELD = "file";

    private HostileFiles() {
    }

    static List<MalformedCase> imports(MalformedCorpus.Fixture f) {
        List<MalformedCase> cases = new ArrayList<>();
        IMPORTS.forEach((kind, header) -> {
            String path = "/api/v1/imports/" + kind + "?source=corpus";
            String p = "imports-" + kind;
            byte[] headerOnly = (header + "\n").getBytes(StandardCharsets.UTF_8);
            for (String type : new String[] {"application/json", "application/xml", "text/plain",
                    "application/octet-stream", "multipart/form-data; boundary=x"}) {
                cases.add(raw(p + "/content-type=" + type, "POST", path, type, headerOnly));
            }
            cases.add(raw(p + "/no-content-type", "POST", path, null, headerOnly));
            cases.add(raw(p + "/charset-unknown", "POST", path, "text/csv; charset=klingon", headerOnly));
            cases.add(raw(p + "/charset-illegal-name", "POST", path, "text/csv; charset=\"ü?\"", headerOnly));
            cases.add(raw(p + "/empty-body", "POST", path, "text/csv", new byte[0]));
            cases.add(raw(p + "/blank-lines-only", "POST", path, "text/csv", "\n\n\r\n".getBytes(StandardCharsets.UTF_8)));
            cases.add(raw(p + "/missing-columns", "POST", path, "text/csv", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8)));
            cases.add(raw(p + "/one-column-missing", "POST", path, "text/csv",
                    (header.substring(0, header.lastIndexOf(',')) + "\n").getBytes(StandardCharsets.UTF_8)));
            cases.add(raw(p + "/duplicate-column", "POST", path, "text/csv",
                    (header + "," + header.substring(0, header.indexOf(',')) + "\n").getBytes(StandardCharsets.UTF_8)));
            cases.add(raw(p + "/random-bytes", "POST", path, "text/csv", MalformedCorpus.randomBytes(kind.hashCode(), 4096)));
            cases.add(raw(p + "/nul-bytes", "POST", path, "text/csv", new byte[1024]));
            cases.add(raw(p + "/xlsx-as-csv", "POST", path, "text/csv", zip("xl/workbook.xml", "<workbook/>")));
            cases.add(raw(p + "/invalid-utf8-header", "POST", path, "text/csv",
                    MalformedCorpus.concat(new byte[] {(byte) 0xC3, (byte) 0x28}, 2, new byte[0], headerOnly, 0)));
            cases.add(raw(p + "/unclosed-quote-header", "POST", path, "text/csv",
                    ("\"" + header + "\n").getBytes(StandardCharsets.UTF_8)));
            cases.add(raw(p + "/utf16-without-charset", "POST", path, "text/csv", (header + "\n").getBytes(StandardCharsets.UTF_16)));
            cases.add(raw(p + "/one-megabyte-header-line", "POST", path, "text/csv",
                    ("x".repeat(1 << 20) + "\n").getBytes(StandardCharsets.UTF_8)));
            cases.add(raw(p + "/html", "POST", path, "text/csv",
                    "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)));
            for (String source : List.of("UPPER", "%20", "x".repeat(33), "..%2Fetc", "%00", "-dash", "a%20b")) {
                cases.add(raw(p + "/source=" + source.substring(0, Math.min(12, source.length())), "POST",
                        "/api/v1/imports/" + kind + "?source=" + source, "text/csv", headerOnly));
            }
        });
        cases.add(raw("imports/unknown-kind", "POST", "/api/v1/imports/invoices", "text/csv", "a\n1\n".getBytes(StandardCharsets.UTF_8)));
        cases.add(raw("imports/get-not-allowed", "GET", "/api/v1/imports/accounts", null, null));
        cases.addAll(rejectedRows());
        return cases;
    }

    /** Readable files whose every row is hostile: 200 with every row rejected, nothing stored. */
    static List<MalformedCase> rejectedRows() {
        List<MalformedCase> cases = new ArrayList<>();
        String accounts = "/api/v1/imports/accounts?source=corpus";
        String h = IMPORTS.get("accounts") + "\n";
        Map<String, String> accountRows = new LinkedHashMap<>();
        accountRows.put("date-far-future", "corpus-a1,Acme,EdTech,US,+999999999-12-31,Basic,3");
        accountRows.put("date-far-past", "corpus-a2,Acme,EdTech,US,-999999999-01-01,Basic,3");
        accountRows.put("date-year-zero", "corpus-a3,Acme,EdTech,US,0000-01-01,Basic,3");
        accountRows.put("date-year-9999", "corpus-a4,Acme,EdTech,US,9999-12-31,Basic,3");
        accountRows.put("nul-in-name", "corpus-a5,Ac\u0000me,EdTech,US,2024-01-15,Basic,3");
        accountRows.put("bell-in-industry", "corpus-a6,Acme,Ed\u0007Tech,US,2024-01-15,Basic,3");
        accountRows.put("seats-overflow", "corpus-a7,Acme,EdTech,US,2024-01-15,Basic,99999999999");
        accountRows.put("seats-nan", "corpus-a8,Acme,EdTech,US,2024-01-15,Basic,NaN");
        accountRows.put("id-unicode", "corpüs-a9,Acme,EdTech,US,2024-01-15,Basic,3");
        accountRows.put("name-overlong", "corpus-a10," + "n".repeat(300) + ",EdTech,US,2024-01-15,Basic,3");
        accountRows.put("too-many-cells", "corpus-a11,Acme,EdTech,US,2024-01-15,Basic,3,extra,more");
        accountRows.forEach((label, row) -> cases.add(raw("imports-accounts/row-" + label, "POST", accounts, "text/csv",
                (h + row + "\n").getBytes(StandardCharsets.UTF_8)).expecting(Expect.ALL_ROWS_REJECTED)));
        cases.add(raw("imports-accounts/row-invalid-utf8", "POST", accounts, "text/csv",
                MalformedCorpus.concat(h.getBytes(StandardCharsets.UTF_8), h.length(),
                        new byte[] {'c', 'o', 'r', 'p', 'u', 's', '-', 'u', ',', (byte) 0xC3, (byte) 0x28},
                        ",EdTech,US,2024-01-15,Basic,3\n".getBytes(StandardCharsets.UTF_8), 0))
                .expecting(Expect.ALL_ROWS_REJECTED));
        String usage = "/api/v1/imports/feature-usage?source=corpus";
        String hu = IMPORTS.get("feature-usage") + "\n";
        Map<String, String> usageRows = new LinkedHashMap<>();
        usageRows.put("unknown-subscription", "U-c1,S-corpus-none,2024-01-01,feature_1,3");
        usageRows.put("count-negative", "U-c2,S-corpus-none,2024-01-01,feature_1,-3");
        usageRows.put("count-1e400", "U-c3,S-corpus-none,2024-01-01,feature_1,1e400");
        usageRows.put("date-far-future", "U-c4,S-corpus-none,+999999999-12-31,feature_1,3");
        usageRows.forEach((label, row) -> cases.add(raw("imports-feature-usage/row-" + label, "POST", usage, "text/csv",
                (hu + row + "\n").getBytes(StandardCharsets.UTF_8)).expecting(Expect.ALL_ROWS_REJECTED)));
        String churn = "/api/v1/imports/churn-events?source=corpus";
        String hc = IMPORTS.get("churn-events") + "\n";
        cases.add(raw("imports-churn-events/row-unknown-account", "POST", churn, "text/csv",
                (hc + "C-c1,A-corpus-none,2024-01-01,pricing,too expensive\n").getBytes(StandardCharsets.UTF_8))
                .expecting(Expect.ALL_ROWS_REJECTED));
        return cases;
    }

    /**
     * Hostile workbooks for {@code POST /api/v1/rulesets} (multipart, field {@link #RULESET_FILE_FIELD}). The corpus
     * test runs them only when the endpoint exists (it is built by the rule-set governance work); each must be
     * refused with a 4xx problem and leave the active rule set and the database unchanged.
     */
    static List<MalformedCase> rulesetUploads(MalformedCorpus.Fixture f) {
        List<MalformedCase> cases = new ArrayList<>();
        hostileWorkbooks().forEach((label, bytes) -> cases.add(raw("rulesets/upload-" + label, "POST",
                "/api/v1/rulesets", "multipart/form-data; boundary=corpus", multipart(label + ".drl.xlsx", bytes))));
        return cases;
    }

    /** Files that must never become a rule set: not a workbook, a broken one, a zip bomb shape, a macro workbook. */
    static Map<String, byte[]> hostileWorkbooks() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty", new byte[0]);
        files.put("text", "RuleSet,x\nRuleTable,y\n".getBytes(StandardCharsets.UTF_8));
        files.put("random-bytes", MalformedCorpus.randomBytes(7, 8192));
        files.put("zip-without-workbook", zip("hello.txt", "hi"));
        files.put("truncated-zip", java.util.Arrays.copyOf(zip("xl/workbook.xml", "<workbook/>"), 40));
        files.put("zip-bomb-shape", zip("xl/worksheets/sheet1.xml", "<".repeat(20_000_000)));
        files.put("xml-entity-expansion", zip("[Content_Types].xml",
                "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY b \"bbbbbbbb\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">"
                        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]><Types>&d;</Types>"));
        files.put("xxe-file", zip("[Content_Types].xml", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><Types>&x;</Types>"));
        files.put("macro-content-type", zip("[Content_Types].xml",
                "<Types><Override PartName=\"/xl/vbaProject.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"));
        return files;
    }

    static byte[] zip(String entry, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] multipart(String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--corpus\r\nContent-Disposition: form-data; name=\"" + RULESET_FILE_FIELD + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n--corpus--\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
