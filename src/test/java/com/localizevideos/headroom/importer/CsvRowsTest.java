package com.localizevideos.headroom.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.importer.mapping.CsvRow;

class CsvRowsTest {

    private static CsvRows open(String csv, String... required) {
        return CsvRows.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8,
                List.of(required));
    }

    private static List<CsvRow> all(CsvRows rows) throws CsvRows.Unreadable {
        List<CsvRow> all = new ArrayList<>();
        for (CsvRow row = rows.next(); row != null; row = rows.next()) {
            all.add(row);
        }
        return all;
    }

    @Test
    void eachRowKnowsTheLineItStartsOnPastQuotedLineBreaksBlankLinesAndCrLf() throws Exception {
        List<CsvRow> rows = all(open("id,name\r\na,\"two\r\nlines\"\r\n\r\nb,plain\r\n\r\n\r\nc,last", "id"));
        assertEquals(List.of(2L, 5L, 8L), rows.stream().map(CsvRow::line).toList());
        assertEquals("two\r\nlines", rows.get(0).get("name"));
        assertEquals("last", rows.get(2).get("name"));
    }

    @Test
    void aByteOrderMarkIsSkippedAndCellsAreTrimmedAndEmptyMeansAbsent() throws Exception {
        List<CsvRow> rows = all(open("\uFEFFid,Name\n x , \n", "id", "name"));
        assertEquals("x", rows.get(0).get("ID"));
        assertNull(rows.get(0).get("name"));
        assertNull(rows.get(0).get("not_a_column"));
    }

    @Test
    void aBrokenQuoteStopsTheReadingAtTheLineOfItsRow() throws Exception {
        CsvRows rows = open("id,name\na,fine\nb,\"broken\"quote\nc,never\n", "id");
        assertEquals(2, rows.next().line());
        CsvRows.Unreadable stop = assertThrows(CsvRows.Unreadable.class, rows::next);
        assertEquals(3, stop.line());
        assertTrue(stop.getMessage().startsWith("the file cannot be read from this line on ("), stop.getMessage());
        assertFalse(stop.getMessage().contains("Exception"), stop.getMessage());
    }

    @Test
    void undecodableBytesAreSpottedPerRow() throws Exception {
        byte[] body = "id,name\na,Caf\u00e9\nb,ok\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvRows rows = CsvRows.open(new ByteArrayInputStream(body), StandardCharsets.UTF_8, List.of("id"));
        assertTrue(CsvRows.undecodable(rows.next()));
        assertFalse(CsvRows.undecodable(rows.next()));
    }

    @Test
    void aMissingColumnIsNamedAndAnEmptyBodyIsRefused() {
        ProblemException missing = assertThrows(ProblemException.class, () -> open("id,nam\n", "id", "name", "seats"));
        assertEquals(400, missing.problem().status());
        assertEquals(List.of("name", "seats"), missing.problem().problems().stream().map(p -> p.field()).toList());
        ProblemException empty = assertThrows(ProblemException.class, () -> open("", "id"));
        assertTrue(empty.problem().detail().startsWith("The body is empty"));
    }
}
