package com.localizevideos.headroom.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.importer.mapping.CsvRow;

/**
 * Streams the data rows of a CSV body one at a time with Apache Commons CSV (RFC 4180: comma, double quotes), so an
 * import holds one row, not the file. Checks the header first, skips blank lines and a byte-order mark, and knows
 * the line each row starts on. Bytes that are not valid in the charset are decoded as U+FFFD, and a row that has one
 * is rejected rather than stored with a replaced character.
 */
final class CsvRows implements AutoCloseable {

    /** The rest of the file cannot be read, from the row starting on {@code line}. */
    static final class Unreadable extends Exception {
        private final long line;

        Unreadable(long line, String reason) {
            super(reason, null, false, false);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .setTrim(true)
            .setIgnoreEmptyLines(false)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(false)
            .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int columns;
    private final Charset charset;
    private long lastLine;

    private CsvRows(CSVParser parser, Charset charset) {
        this.parser = parser;
        this.records = parser.iterator();
        this.columns = parser.getHeaderNames().size();
        this.charset = charset;
        this.lastLine = parser.getCurrentLineNumber();
    }

    /** Reads the header; a 400 problem when the body is empty or the header lacks a column of {@code required}. */
    static CsvRows open(InputStream body, Charset charset, List<String> required) {
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(reader(body, charset)).setFormat(FORMAT).get();
        } catch (IOException | UncheckedIOException e) {
            throw headerProblem("The header line cannot be read: " + reason(e) + ".", List.of());
        } catch (IllegalArgumentException e) {
            throw headerProblem("The header line is not usable: " + e.getMessage().replaceAll(
                    " If this is valid then use CSVFormat.Builder.setDuplicateHeaderMode\\(\\)\\.", "") + ".", List.of());
        }
        List<String> names = parser.getHeaderNames();
        if (names.isEmpty()) {
            throw headerProblem("The body is empty; send a CSV file whose first line is the header, with the columns "
                    + String.join(", ", required) + ".", required);
        }
        Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        present.addAll(names);
        List<String> missing = required.stream().filter(column -> !present.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw headerProblem("The header lacks the required column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + ". Required: " + String.join(", ", required) + ".", missing);
        }
        return new CsvRows(parser, charset);
    }

    /** Columns the header names. */
    int columns() {
        return columns;
    }

    /** The charset the body is decoded with. */
    Charset charset() {
        return charset;
    }

    /** True when a cell of {@code row} holds bytes that were not valid in the charset (decoded as U+FFFD). */
    static boolean undecodable(CsvRow row) {
        for (String cell : row.record()) {
            if (cell.indexOf('\uFFFD') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The next row that is not blank, or null at the end of the file. */
    CsvRow next() throws Unreadable {
        while (true) {
            CSVRecord record;
            long start = lastLine + 1;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new Unreadable(start, "the file cannot be read from this line on (" + reason(e)
                        + "); the rows after it were not imported");
            }
            lastLine = parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            return new CsvRow(start, record);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // nothing was written through the parser; closing the request stream is best effort
        }
    }

    private static Reader reader(InputStream body, Charset charset) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(body, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    /** A reason a person can act on: the deepest message, without exception class names. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null) {
            return "the data is not valid CSV";
        }
        return message.replaceAll("\\b[a-z]+(\\.[a-z0-9]+)*\\.[A-Z]\\w*(Exception|Error): ", "")
                .replaceAll("^\\(line \\d+\\) ", "");
    }

    private static ProblemException headerProblem(String detail, List<String> missingColumns) {
        List<LocatedProblem> problems = missingColumns.isEmpty()
                ? List.of(new LocatedProblem(null, null, null, null, null, 1, null, detail))
                : missingColumns.stream().map(column -> new LocatedProblem(column, null, null, null, null, 1, null,
                        "required column '" + column + "' is missing from the header")).toList();
        return new ProblemException("csv-header", "CSV header is not usable", 400, detail, problems);
    }
}
