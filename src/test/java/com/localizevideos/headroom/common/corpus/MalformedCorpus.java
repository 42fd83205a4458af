package com.localizevideos.headroom.common.corpus;

import static com.localizevideos.headroom.common.corpus.JsonBody.str;
import static com.localizevideos.headroom.common.corpus.MalformedCase.get;
import static com.localizevideos.headroom.common.corpus.MalformedCase.json;
import static com.localizevideos.headroom.common.corpus.MalformedCase.raw;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The malformed-request corpus, generated: for every endpoint that takes input, the body-level mutations of a valid
 * request (syntax, encoding, nesting, content type, duplicates, truncation) and, field by field, wrong types, missing
 * and null values, huge numbers, NaN/Infinity, control characters and overlong strings, far-past and far-future
 * dates. Each generator is one entry of {@link #SOURCES}; an endpoint added later adds its own generator there
 * (hostile workbooks for rule-set uploads: {@link HostileFiles#rulesetUploads}).
 */
public final class MalformedCorpus {

    /** What the corpus needs to exist before it runs: a known account, one of its actions, a used idempotency key. */
    public record Fixture(String account, String actionId, String usedKey, String usedKeyBody, String evaluationId) {
    }

    /** Every generator of the corpus, one per endpoint (or family of endpoints). Add new endpoints here. */
    public static final List<Map.Entry<String, Function<Fixture, List<MalformedCase>>>> SOURCES = List.of(
            Map.entry("accounts", MalformedCorpus::accounts),
            Map.entry("observations", MalformedCorpus::observations),
            Map.entry("evaluations", MalformedCorpus::evaluations),
            Map.entry("outcomes", MalformedCorpus::outcomes),
            Map.entry("batch", MalformedCorpus::batch),
            Map.entry("audit", MalformedCorpus::audit),
            Map.entry("events", MalformedCorpus::events),
            Map.entry("imports", HostileFiles::imports),
            Map.entry("rulesets", HostileFiles::rulesetUploads));

    static final String VALID_INSTANT = "\"2026-11-03T10:00:00Z\"";
    /** Nesting far beyond Jackson's limit (1,000): 10,000 levels. */
    static final int DEEP = 10_000;

    private MalformedCorpus() {
    }

    // ---------------------------------------------------------------- value families

    static Map<String, String> wrongTypesForString() {
        return ordered("number", "42", "true", "true", "object", "{}", "array", "[\"a\"]", "float", "1.5");
    }

    static Map<String, String> badStrings() {
        return ordered("empty", "\"\"", "blank", "\"   \"", "nul", str("a\u0000b"), "bell", str("\u0007ring"),
                "escape", str("\u001b[31mred"), "lone-high-surrogate", str("x\ud800y"), "lone-low-surrogate",
                str("\udfffz"), "noncharacter", str("a\uffff"), "overlong-10k", str("x".repeat(10_000)),
                "raw-newline-in-string", "\"line\nbreak\"", "raw-tab-in-string", "\"tab\there\"",
                "bad-escape", "\"\\q\"", "short-unicode-escape", "\"\\u12\"");
    }

    static Map<String, String> badNumbers() {
        return ordered("string", "\"12\"", "bool", "true", "object", "{}", "array", "[1]", "nan-literal", "NaN",
                "infinity-literal", "Infinity", "minus-infinity-literal", "-Infinity", "nan-string", "\"NaN\"",
                "infinity-string", "\"Infinity\"", "1e400", "1e400", "minus-1e400", "-1e400",
                "5000-digits", "1" + "0".repeat(5_000), "hex", "0x10", "leading-zeros", "007", "plus-sign", "+5",
                "dot-only", ".5", "trailing-dot", "5.", "negative", "-1", "huge-1e300", "1e300");
    }

    static Map<String, String> badDates() {
        return ordered("month-13", "\"2026-13-01\"", "feb-30", "\"2026-02-30\"", "word", "\"yesterday\"", "empty", "\"\"",
                "number", "20261101", "far-future-max", "\"+999999999-12-31\"", "far-past-min", "\"-999999999-01-01\"",
                "year-zero", "\"0000-01-01\"", "year-1", "\"0001-01-01\"", "year-9999", "\"9999-12-31\"", "year-1500",
                "\"1500-06-01\"", "slashes", "\"01/11/2026\"", "array", "[2026,11,1]", "object", "{\"year\":2026}",
                "nul", str("2026-11-01\u0000"));
    }

    static Map<String, String> badInstants() {
        return ordered("word", "\"yesterday\"", "date-only", "\"2026-11-03\"", "no-offset", "\"2026-11-03T10:00:00\"",
                "hour-25", "\"2026-11-03T25:00:00Z\"", "offset-25h", "\"2026-11-03T10:00:00+25:00\"", "empty", "\"\"",
                "instant-min", "\"-1000000000-01-01T00:00:00Z\"", "instant-max", "\"+1000000000-12-31T23:59:59.999999999Z\"",
                "year-1", "\"0001-01-01T00:00:00Z\"", "year-1500", "\"1500-01-01T00:00:00Z\"", "year-9999",
                "\"9999-12-31T23:59:59Z\"", "year-294277", "\"+294277-01-01T00:00:00Z\"", "epoch-1e30", "1e30",
                "epoch-minus-1e30", "-1e30", "object", "{}", "array", "[]", "bool", "false", "nul", str("2026-11-03T10:00:00Z\u0000"));
    }

    static Map<String, String> ordered(String... labelAndValue) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < labelAndValue.length; i += 2) {
            if (values.put(labelAndValue[i], labelAndValue[i + 1]) != null) {
                throw new IllegalArgumentException("duplicate label " + labelAndValue[i]);
            }
        }
        return values;
    }

    // ---------------------------------------------------------------- body-level mutations of a valid body

    /** Mutations of a whole valid body that make it unreadable or of the wrong shape. */
    static List<MalformedCase> bodyShapes(String prefix, String method, String path, String valid) {
        List<MalformedCase> cases = new ArrayList<>();
        byte[] validBytes = valid.getBytes(StandardCharsets.UTF_8);
        cases.add(raw(prefix + "/empty-body", method, path, MalformedCase.JSON, new byte[0]));
        cases.add(json(prefix + "/whitespace-body", method, path, " \n\t "));
        cases.add(json(prefix + "/null-body", method, path, "null"));
        cases.add(json(prefix + "/array-body", method, path, "[" + valid + "]"));
        cases.add(json(prefix + "/number-body", method, path, "42"));
        cases.add(json(prefix + "/string-body", method, path, "\"hello\""));
        cases.add(json(prefix + "/true-body", method, path, "true"));
        cases.add(json(prefix + "/not-json", method, path, "hello world"));
        cases.add(json(prefix + "/xml", method, path, "<request><accountId>x</accountId></request>"));
        cases.add(json(prefix + "/single-quotes", method, path, valid.replace('"', '\'')));
        cases.add(json(prefix + "/unquoted-keys", method, path, valid.replaceAll("\"([A-Za-z]+)\":", "$1:")));
        cases.add(json(prefix + "/comment", method, path, "/* hi */" + valid));
        cases.add(json(prefix + "/trailing-garbage", method, path, valid + "x"));
        cases.add(json(prefix + "/two-documents", method, path, valid + valid));
        cases.add(json(prefix + "/trailing-comma", method, path, valid.substring(0, valid.length() - 1) + ",}"));
        for (int cut : new int[] {1, validBytes.length / 3, validBytes.length / 2, validBytes.length - 1}) {
            cases.add(raw(prefix + "/truncated-at-" + cut, method, path, MalformedCase.JSON,
                    java.util.Arrays.copyOf(validBytes, cut)));
        }
        cases.add(json(prefix + "/deep-arrays-10k", method, path, "[".repeat(DEEP) + "]".repeat(DEEP)));
        cases.add(json(prefix + "/deep-objects-10k", method, path, "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)));
        cases.add(json(prefix + "/deep-unclosed-10k", method, path, "[".repeat(DEEP)));
        String firstField = valid.substring(1, valid.indexOf(':') + 1);
        cases.add(json(prefix + "/deep-value-10k", method, path,
                "{" + firstField + "[".repeat(DEEP) + "]".repeat(DEEP) + "}"));
        cases.add(json(prefix + "/duplicate-first-key", method, path,
                "{" + firstField + valid.substring(valid.indexOf(':') + 1, nextValueEnd(valid)) + "," + valid.substring(1)));
        cases.add(raw(prefix + "/invalid-utf8-lone-continuation", method, path, MalformedCase.JSON,
                concat(validBytes, 1, new byte[] {' ', (byte) 0x80}, validBytes, 1)));
        cases.add(raw(prefix + "/invalid-utf8-in-string", method, path, MalformedCase.JSON,
                insertIntoFirstString(validBytes, new byte[] {(byte) 0xC3, (byte) 0x28})));
        cases.add(raw(prefix + "/invalid-utf8-overlong-slash", method, path, MalformedCase.JSON,
                insertIntoFirstString(validBytes, new byte[] {(byte) 0xC0, (byte) 0xAF})));
        cases.add(raw(prefix + "/invalid-utf8-ff", method, path, MalformedCase.JSON,
                insertIntoFirstString(validBytes, new byte[] {(byte) 0xFF, (byte) 0xFE})));
        cases.add(raw(prefix + "/invalid-utf8-cesu-surrogate", method, path, MalformedCase.JSON,
                insertIntoFirstString(validBytes, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})));
        cases.add(raw(prefix + "/invalid-utf8-truncated-sequence", method, path, MalformedCase.JSON,
                insertIntoFirstString(validBytes, new byte[] {(byte) 0xE2, (byte) 0x82})));
        cases.add(raw(prefix + "/nul-bytes-body", method, path, MalformedCase.JSON, new byte[64]));
        cases.add(raw(prefix + "/random-bytes", method, path, MalformedCase.JSON, randomBytes(prefix.hashCode(), 512)));
        cases.add(raw(prefix + "/text-plain", method, path, "text/plain", validBytes));
        cases.add(raw(prefix + "/no-content-type", method, path, null, validBytes));
        cases.add(raw(prefix + "/xml-content-type", method, path, "application/xml", validBytes));
        cases.add(raw(prefix + "/form-content-type", method, path, "application/x-www-form-urlencoded", validBytes));
        cases.add(raw(prefix + "/multipart-content-type", method, path, "multipart/form-data; boundary=xyz",
                ("--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n" + valid + "\r\n--xyz--\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        cases.add(raw(prefix + "/garbage-content-type", method, path, "???", validBytes));
        cases.add(raw(prefix + "/csv-content-type", method, path, "text/csv", validBytes));
        return cases;
    }

    /** One case per (field, bad value): the valid body with that field's value replaced. */
    static List<MalformedCase> fieldValues(String prefix, String method, String path, JsonBody valid, String field,
                                           Map<String, String> values) {
        List<MalformedCase> cases = new ArrayList<>();
        values.forEach((label, value) -> cases.add(json(prefix + "/" + field + "=" + label, method, path,
                valid.with(field, value).toString())));
        return cases;
    }

    static List<MalformedCase> missingAndNull(String prefix, String method, String path, JsonBody valid,
                                              List<String> required) {
        List<MalformedCase> cases = new ArrayList<>();
        for (String field : required) {
            cases.add(json(prefix + "/" + field + "-missing", method, path, valid.without(field).toString()));
            cases.add(json(prefix + "/" + field + "-null", method, path, valid.with(field, "null").toString()));
        }
        cases.add(json(prefix + "/unknown-field", method, path, valid.with("unexpected", "1").toString()));
        cases.add(json(prefix + "/unknown-field-nul-name", method, path, valid.with("a\u0000b", "1").toString()));
        cases.add(json(prefix + "/empty-object", method, path, "{}"));
        return cases;
    }

    // ---------------------------------------------------------------- endpoints

    static JsonBody validAccount() {
        return JsonBody.of("name", "\"Corpus Films\"", "plan", "\"PRO\"", "seatsLicensed", "5", "arr", "2388",
                "billingCycleStart", "\"2026-06-01\"", "renewalDate", "\"2027-01-15\"", "fiscalYearStartMonth", "1",
                "region", "\"NA\"", "segment", "\"smb\"", "strategic", "false", "doNotContact", "false",
                "inDunning", "false", "owner", "\"csm.dan\"");
    }

    static List<MalformedCase> accounts(Fixture f) {
        // A fresh id per case would not matter: every case is refused before anything is stored. One new id
        // (never created) and the fixture's existing account (must not be replaced) are both probed.
        String fresh = "/api/v1/accounts/corpus-never-created";
        String existing = "/api/v1/accounts/" + f.account();
        JsonBody valid = validAccount();
        List<MalformedCase> cases = new ArrayList<>(bodyShapes("accounts", "PUT", fresh, valid.toString()));
        cases.addAll(bodyShapes("accounts-existing", "PUT", existing, valid.toString()).subList(0, 12));
        cases.addAll(missingAndNull("accounts", "PUT", fresh, valid,
                List.of("name", "plan", "seatsLicensed", "arr", "billingCycleStart")));
        for (String text : List.of("name", "region", "segment", "owner")) {
            cases.addAll(fieldValues("accounts", "PUT", fresh, valid, text, wrongTypesForString()));
        }
        Map<String, String> names = new LinkedHashMap<>(badStrings());
        names.put("overlong-201", str("n".repeat(201)));
        cases.addAll(fieldValues("accounts", "PUT", fresh, valid, "name", names));
        cases.addAll(fieldValues("accounts", "PUT", fresh, valid, "owner", ordered("nul", str("csm\u0000"),
                "overlong-201", str("o".repeat(201)), "lone-surrogate", str("\ud83c"))));
        cases.addAll(fieldValues("accounts", "PUT", fresh, valid, "region", ordered("nul", str("N\u0000A"),
                "overlong-65", str("r".repeat(65)), "bell", str("\u0007"))));
        cases.addAll(fieldValues("accounts", "PUT", existing, valid, "segment", ordered("nul", str("smb\u0000"),
                "overlong-65", str("s".repeat(65)))));
        cases.addAll(fieldValues("accounts", "PUT", fresh, valid, "plan", ordered("unknown", "\"GOLD\"", "lowercase",
                "\"pro\"", "number", "1", "empty", "\"\"", "nul", str("PRO\u0000"), "array", "[\"PRO\"]")));
        Map<String, String> seats = new LinkedHashMap<>(badNumbers());
        seats.put("int-overflow", "2147483648");
        seats.put("long-overflow", "9223372036854775808");
        seats.put("fraction", "2.5");
        seats.put("minus-int-min", "-2147483649");
        cases.addAll(fieldValues("accounts", "PUT", fresh, valid, "seatsLicensed", seats));
        Map<String, String> arr = new LinkedHashMap<>(badNumbers());
        arr.remove("huge-1e300");
        arr.put("1e300", "1e300");
        arr.put("13-digits", "1234567890123");
        arr.put("three-decimals", "0.001");
        arr.put("1e-400", "1e-400");
        cases.addAll(fieldValues("accounts", "PUT", fresh, valid, "arr", arr));
        cases.addAll(fieldValues("accounts", "PUT", fresh, valid, "billingCycleStart", badDates()));
        cases.addAll(fieldValues("accounts", "PUT", existing, valid, "renewalDate", badDates()));
        cases.addAll(fieldValues("accounts", "PUT", fresh, valid, "fiscalYearStartMonth", ordered("zero", "0",
                "thirteen", "13", "negative", "-1", "string", "\"1\"", "fraction", "1.5", "huge", "99999999999")));
        for (String flag : List.of("strategic", "doNotContact", "inDunning")) {
            cases.addAll(fieldValues("accounts", "PUT", fresh, valid, flag, ordered("string", "\"yes\"", "number", "1",
                    "object", "{}", "string-true", "\"true\"")));
        }
        for (String id : List.of("bad%20id", "%C3%BC", "%F0%9F%8E%AC", "a%2Fb", "..", "x".repeat(65), "a%00b",
                "a%0Ab", "%E2%80%AE", "%FF", "a;b", "a'b", "a%22b", "%3Cscript%3E")) {
            cases.add(json("accounts/path-id=" + id.substring(0, Math.min(id.length(), 20)), "PUT",
                    "/api/v1/accounts/" + id, valid.toString()));
            cases.add(get("accounts/get-path-id=" + id.substring(0, Math.min(id.length(), 20)), "/api/v1/accounts/" + id));
        }
        cases.add(get("accounts/get-unknown", "/api/v1/accounts/corpus-never-created"));
        cases.add(json("accounts/post-not-allowed", "POST", existing, valid.toString()));
        cases.add(json("accounts/delete-not-allowed", "DELETE", existing, ""));
        return cases;
    }

    static JsonBody validObservation(Fixture f) {
        return JsonBody.of("id", str("corpus-obs-" + UUID.randomUUID()), "accountId", str(f.account()),
                "metric", "\"video_minutes\"", "value", "10", "observedAt", VALID_INSTANT, "source", "\"app\"");
    }

    static List<MalformedCase> observations(Fixture f) {
        String path = "/api/v1/observations";
        JsonBody item = validObservation(f);
        List<MalformedCase> cases = new ArrayList<>(bodyShapes("observations", "POST", path,
                "{\"observations\":[" + item + "]}"));
        Function<String, String> batch = items -> "{\"observations\":[" + items + "]}";
        cases.add(json("observations/observations-missing", "POST", path, "{}"));
        cases.add(json("observations/observations-null", "POST", path, "{\"observations\":null}"));
        cases.add(json("observations/observations-object", "POST", path, "{\"observations\":" + item + "}"));
        cases.add(json("observations/observations-string", "POST", path, "{\"observations\":\"x\"}"));
        cases.add(json("observations/observations-empty", "POST", path, "{\"observations\":[]}"));
        cases.add(json("observations/unknown-top-field", "POST", path, "{\"observations\":[" + item + "],\"x\":1}"));
        StringBuilder tooMany = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            tooMany.append(i == 0 ? "" : ",").append(validObservation(f));
        }
        cases.add(json("observations/over-batch-limit", "POST", path, batch.apply(tooMany.toString())));
        for (String nonObject : List.of("null", "42", "\"item\"", "[]", "true")) {
            cases.add(json("observations/item=" + nonObject, "POST", path, batch.apply(nonObject)));
        }
        for (String field : List.of("id", "accountId", "metric", "value", "observedAt")) {
            JsonBody missing = item.without(field);
            cases.add(json("observations/item-" + field + "-missing", "POST", path, batch.apply(missing.toString())));
            cases.add(json("observations/item-" + field + "-null", "POST", path, batch.apply(item.with(field, "null").toString())));
        }
        cases.add(json("observations/item-unknown-field", "POST", path, batch.apply(item.with("colour", "\"red\"").toString())));
        cases.add(json("observations/item-duplicate-key", "POST", path,
                batch.apply("{\"value\":\"oops\"," + item.toString().substring(1))));
        Map<String, Map<String, String>> perField = new LinkedHashMap<>();
        Map<String, String> ids = new LinkedHashMap<>(badStrings());
        ids.putAll(wrongTypesForString());
        ids.put("overlong-129", str("i".repeat(129)));
        perField.put("id", ids);
        Map<String, String> accountIds = new LinkedHashMap<>(wrongTypesForString());
        accountIds.putAll(ordered("unknown", "\"corpus-no-such-account\"", "nul", str(f.account() + "\u0000"),
                "overlong-65", str("a".repeat(65)), "empty", "\"\""));
        perField.put("accountId", accountIds);
        Map<String, String> metrics = new LinkedHashMap<>(wrongTypesForString());
        metrics.putAll(ordered("unknown", "\"video_minutez\"", "uppercase", "\"VIDEO_MINUTES\"", "empty", "\"\"",
                "nul", str("video_minutes\u0000"), "overlong-10k", str("m".repeat(10_000))));
        perField.put("metric", metrics);
        Map<String, String> dimensions = new LinkedHashMap<>(wrongTypesForString());
        dimensions.putAll(ordered("overlong-129", str("d".repeat(129)), "nul", str("sev1\u0000"), "lone-surrogate",
                str("\udc00"), "bell", str("\u0007")));
        perField.put("dimension", dimensions);
        Map<String, String> values = new LinkedHashMap<>(badNumbers());
        values.remove("huge-1e300");
        values.put("1e300", "1e300");
        values.put("1e15", "1e15");
        values.put("max-double", "1.7976931348623157e308");
        perField.put("value", values);
        perField.put("observedAt", badInstants());
        Map<String, String> sources = new LinkedHashMap<>(wrongTypesForString());
        sources.putAll(ordered("overlong-129", str("s".repeat(129)), "nul", str("app\u0000"), "escape", str("\u001b")));
        perField.put("source", sources);
        perField.forEach((field, bad) -> bad.forEach((label, value) -> cases.add(json(
                "observations/item-" + field + "=" + label, "POST", path, batch.apply(item.with(field, value).toString())))));
        JsonBody csat = item.with("metric", "\"csat\"");
        for (String value : List.of("0", "6", "5.01", "0.99")) {
            cases.add(json("observations/csat=" + value, "POST", path, batch.apply(csat.with("value", value).toString())));
        }
        cases.add(json("observations/two-bad-items", "POST", path, batch.apply(item.with("value", "-5") + ","
                + validObservation(f).with("metric", "\"nope\""))));
        return cases;
    }

    static List<MalformedCase> evaluations(Fixture f) {
        String path = "/api/v1/evaluations";
        JsonBody valid = JsonBody.of("accountId", str(f.account()), "asOf", VALID_INSTANT);
        List<MalformedCase> cases = new ArrayList<>(bodyShapes("evaluations", "POST", path, valid.toString()));
        cases.addAll(missingAndNull("evaluations", "POST", path, valid, List.of("accountId")));
        Map<String, String> accountIds = new LinkedHashMap<>(wrongTypesForString());
        accountIds.putAll(badStrings());
        accountIds.putAll(ordered("unknown", "\"corpus-no-such-account\"", "overlong-65", str("a".repeat(65)),
                "path-traversal", "\"../../etc/passwd\"", "sql", "\"x' or '1'='1\""));
        cases.addAll(fieldValues("evaluations", "POST", path, valid, "accountId", accountIds));
        Map<String, String> asOfs = new LinkedHashMap<>(badInstants());
        asOfs.put("next-year", "\"2099-01-01T00:00:00Z\"");
        cases.addAll(fieldValues("evaluations", "POST", path, valid, "asOf", asOfs));
        String body = valid.toString();
        cases.add(json("evaluations/key-empty", "POST", path, body).withHeader("Idempotency-Key", ""));
        cases.add(json("evaluations/key-201-chars", "POST", path, body).withHeader("Idempotency-Key", "k".repeat(201)));
        cases.add(json("evaluations/key-with-space", "POST", path, body).withHeader("Idempotency-Key", "a b"));
        cases.add(json("evaluations/key-blank", "POST", path, body).withHeader("Idempotency-Key", "   "));
        cases.add(json("evaluations/key-reused-other-body", "POST", path,
                JsonBody.of("accountId", str(f.account()), "asOf", "\"2026-11-02T10:00:00Z\"").toString())
                .withHeader("Idempotency-Key", f.usedKey()));
        cases.add(json("evaluations/key-reused-on-outcome", "POST", "/api/v1/actions/" + f.actionId() + "/outcome",
                "{\"response\":\"ACCEPTED\",\"respondedAt\":" + VALID_INSTANT.replace("03T", "29T") + "}")
                .withHeader("Idempotency-Key", f.usedKey()));
        cases.add(json("evaluations/put-not-allowed", "PUT", path, body));
        return cases;
    }

    static List<MalformedCase> outcomes(Fixture f) {
        String path = "/api/v1/actions/" + f.actionId() + "/outcome";
        JsonBody valid = JsonBody.of("response", "\"DECLINED\"", "arrDelta", "100.50", "reason", "\"no budget\"",
                "respondedAt", "\"2026-11-29T09:00:00Z\"");
        List<MalformedCase> cases = new ArrayList<>(bodyShapes("outcomes", "POST", path, valid.toString()));
        cases.addAll(missingAndNull("outcomes", "POST", path, valid, List.of("response")));
        cases.addAll(fieldValues("outcomes", "POST", path, valid, "response", ordered("unknown", "\"MAYBE\"",
                "lowercase", "\"declined\"", "number", "1", "empty", "\"\"", "nul", str("DECLINED\u0000"), "array",
                "[\"DECLINED\"]", "object", "{}")));
        Map<String, String> deltas = new LinkedHashMap<>(badNumbers());
        deltas.remove("negative");
        deltas.remove("huge-1e300");
        deltas.putAll(ordered("1e300", "1e300", "13-digits", "1234567890123", "three-decimals", "0.001"));
        cases.addAll(fieldValues("outcomes", "POST", path, valid, "arrDelta", deltas));
        Map<String, String> reasons = new LinkedHashMap<>(wrongTypesForString());
        reasons.putAll(ordered("nul", str("no\u0000budget"), "bell", str("\u0007"), "lone-surrogate", str("\ud800"),
                "overlong-2001", str("r".repeat(2001)), "overlong-1m", str("r".repeat(1_000_000))));
        cases.addAll(fieldValues("outcomes", "POST", path, valid, "reason", reasons));
        Map<String, String> when = new LinkedHashMap<>(badInstants());
        when.put("next-year", "\"2099-01-01T00:00:00Z\"");
        when.put("before-decision", "\"2026-11-01T00:00:00Z\"");
        cases.addAll(fieldValues("outcomes", "POST", path, valid, "respondedAt", when));
        for (String id : List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", UUID.randomUUID().toString(),
                "%00", "x".repeat(300), "12345678123456781234567812345678", f.evaluationId())) {
            cases.add(json("outcomes/action-id=" + id.substring(0, Math.min(20, id.length())), "POST",
                    "/api/v1/actions/" + id + "/outcome", valid.toString()));
        }
        String body = valid.toString();
        cases.add(json("outcomes/key-empty", "POST", path, body).withHeader("Idempotency-Key", ""));
        cases.add(json("outcomes/key-201-chars", "POST", path, body).withHeader("Idempotency-Key", "k".repeat(201)));
        cases.add(json("outcomes/key-with-space", "POST", path, body).withHeader("Idempotency-Key", "a b"));
        return cases;
    }

    static List<MalformedCase> batch(Fixture f) {
        String path = "/api/v1/evaluations/batch";
        JsonBody valid = JsonBody.of("segment", "\"smb\"", "plan", "\"PRO\"", "asOf", VALID_INSTANT);
        List<MalformedCase> cases = new ArrayList<>(bodyShapes("batch", "POST", path, valid.toString()));
        // The batch body is optional: no body, an empty one or JSON null mean "every account, now".
        cases.removeIf(c -> List.of("batch/null-body", "batch/empty-body", "batch/whitespace-body").contains(c.name()));
        cases.add(json("batch/unknown-field", "POST", path, valid.with("accounts", "[]").toString()));
        Map<String, String> segments = new LinkedHashMap<>(wrongTypesForString());
        segments.putAll(ordered("nul", str("smb\u0000"), "overlong-65", str("s".repeat(65)), "lone-surrogate", str("\ud800"),
                "bell", str("\u0007")));
        cases.addAll(fieldValues("batch", "POST", path, valid, "segment", segments));
        cases.addAll(fieldValues("batch", "POST", path, valid, "plan", ordered("unknown", "\"GOLD\"", "lowercase",
                "\"pro\"", "number", "1", "nul", str("PRO\u0000"), "empty", "\"\"")));
        Map<String, String> asOfs = new LinkedHashMap<>(badInstants());
        asOfs.put("next-year", "\"2099-01-01T00:00:00Z\"");
        cases.addAll(fieldValues("batch", "POST", path, valid, "asOf", asOfs));
        for (String id : List.of("not-a-uuid", UUID.randomUUID().toString(), "%00", "x".repeat(300), "%FF")) {
            cases.add(get("batch/run-id=" + id.substring(0, Math.min(20, id.length())), path + "/" + id));
        }
        return cases;
    }

    static List<MalformedCase> audit(Fixture f) {
        String path = "/api/v1/audit/evaluations";
        List<MalformedCase> cases = new ArrayList<>();
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("from", List.of("yesterday", "2026-11-03", "-1000000000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59Z",
                "0001-01-01T00:00:00Z", "+294277-01-01T00:00:00Z", "9999-12-31T23:59:59Z%00", "%FF", "x".repeat(3000)));
        params.put("to", List.of("tomorrow", "-1000000000-01-01T00:00:00Z", "+294277-01-01T00:00:00Z",
                "1500-01-01T00:00:00Z", "2026-11-03T10:00:00"));
        params.put("page", List.of("-1", "x", "2147483648", "1e3", "1.5", "%00", "99999999999999999999"));
        params.put("size", List.of("0", "201", "-5", "abc", "1e2", "2147483648", "%00"));
        params.put("accountId", List.of("%00", "a%00b", "x".repeat(3000), "%FF", "%ED%A0%80"));
        params.put("rule", List.of("%00", "r".repeat(3000), "%C3%28"));
        params.put("rulesetVersion", List.of("%00", "v".repeat(3000), "%E2%82"));
        params.forEach((param, values) -> {
            for (String value : values) {
                cases.add(get("audit/" + param + "=" + value.substring(0, Math.min(value.length(), 24)),
                        path + "?" + param + "=" + value));
            }
        });
        String trail = "/api/v1/audit/rulesets";
        Map<String, List<String>> trailParams = new LinkedHashMap<>();
        trailParams.put("from", List.of("yesterday", "+294277-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "%00"));
        trailParams.put("to", List.of("-1000000000-01-01T00:00:00Z", "2026-11-03"));
        trailParams.put("page", List.of("-1", "x", "1000001", "%00"));
        trailParams.put("size", List.of("0", "201", "abc"));
        trailParams.put("kind", List.of("uploaded", "NOPE", "%00"));
        trailParams.put("version", List.of("%00", "a%00b"));
        trailParams.put("principal", List.of("%00", "%07bell"));
        trailParams.forEach((param, values) -> {
            for (String value : values) {
                cases.add(get("audit/rulesets/" + param + "=" + value.substring(0, Math.min(value.length(), 24)),
                        trail + "?" + param + "=" + value));
            }
        });
        cases.add(get("audit/from-after-to", path + "?from=2026-11-05T00:00:00Z&to=2026-11-01T00:00:00Z"));
        cases.add(get("audit/from-equals-to", path + "?from=2026-11-05T00:00:00Z&to=2026-11-05T00:00:00Z"));
        for (String id : List.of("not-a-uuid", UUID.randomUUID().toString(), "%00", "x".repeat(300),
                "00000000-0000-0000-0000-000000000000x", "%E2%80%AE")) {
            cases.add(get("audit/id=" + id.substring(0, Math.min(20, id.length())), path + "/" + id));
        }
        cases.add(json("audit/post-not-allowed", "POST", path, "{}"));
        cases.add(json("audit/delete-record", "DELETE", path + "/" + f.evaluationId(), ""));
        cases.add(json("audit/put-record", "PUT", path + "/" + f.evaluationId(), "{}"));
        return cases;
    }

    static List<MalformedCase> events(Fixture f) {
        String path = "/api/v1/accounts/" + f.account() + "/events";
        List<MalformedCase> cases = new ArrayList<>();
        for (String limit : List.of("0", "1001", "-1", "abc", "2147483648", "1.5", "%00", "1e3", "%20")) {
            cases.add(get("events/limit=" + limit, path + "?limit=" + limit));
        }
        for (String id : List.of("bad%20id", "%00", "x".repeat(65), "%FF", "corpus-no-such-account")) {
            cases.add(get("events/account=" + id.substring(0, Math.min(20, id.length())),
                    "/api/v1/accounts/" + id + "/events"));
        }
        cases.add(json("events/post-not-allowed", "POST", path, "{}"));
        return cases;
    }

    // ---------------------------------------------------------------- helpers

    private static int nextValueEnd(String valid) {
        int colon = valid.indexOf(':');
        int depth = 0;
        boolean inString = false;
        for (int i = colon + 1; i < valid.length(); i++) {
            char c = valid.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return valid.length() - 1;
    }

    static byte[] concat(byte[] a, int aLength, byte[] middle, byte[] b, int bFrom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(a, 0, aLength);
        out.writeBytes(middle);
        out.write(b, bFrom, b.length - bFrom);
        return out.toByteArray();
    }

    /** The body with {@code bytes} inserted just after the opening quote of its first string value. */
    static byte[] insertIntoFirstString(byte[] body, byte[] bytes) {
        int colon = indexOf(body, (byte) ':', 0);
        int quote = indexOf(body, (byte) '"', colon);
        return concat(body, quote + 1, bytes, body, quote + 1);
    }

    private static int indexOf(byte[] body, byte b, int from) {
        for (int i = from; i < body.length; i++) {
            if (body[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + (char) b);
    }

    static byte[] randomBytes(long seed, int length) {
        byte[] bytes = new byte[length];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }
}
