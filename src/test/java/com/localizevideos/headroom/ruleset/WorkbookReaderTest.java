package com.localizevideos.headroom.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** POI itself, without Headroom's screening, is safe against XXE; and the shipped tables read as their layout says. */
class WorkbookReaderTest {

    @Test
    void poiDoesNotResolveExternalEntitiesEvenUnscreened() throws Exception {
        Path secret = Files.createTempFile("headroom-secret", ".txt");
        Files.writeString(secret, "TOP-SECRET-4711");
        byte[] xxe = HostileFiles.xxe(secret);
        try {
            List<SheetLayout> sheets = WorkbookReader.read(xxe);
            boolean leaked = sheets.stream().flatMap(s -> s.rows().values().stream()).flatMap(r -> r.values().stream())
                    .anyMatch(c -> c.text().contains("TOP-SECRET-4711"));
            assertFalse(leaked, "POI resolved the external entity");
        } catch (IOException refused) {
            assertTrue(refused.getMessage() != null);
        }
        assertFalse(WorkbookReader.screen("x", xxe, 20_000_000).isEmpty());
    }

    @Test
    void shippedReadinessTablesAreFound() throws Exception {
        List<SheetLayout> sheets = WorkbookReader.read(Workbooks.shipped("readiness.drl.xlsx"));
        SheetLayout readiness = sheets.get(0);
        assertTrue(readiness.ruleSet());
        assertEquals(List.of("ReadinessWeights", "ReadinessFromSignals", "ReadinessFromAccount", "ReadinessTiers"),
                readiness.tables().stream().map(SheetLayout.Table::name).toList());
        SheetLayout.Table tiers = readiness.tables().get(3);
        assertEquals(58, tiers.firstDataRow());
        assertEquals(60, tiers.lastDataRow());
        SheetLayout.Table signals = readiness.tables().get(1);
        assertEquals("$s : Signal", signals.columns().get(3).objectType(), "merged object-type cell over D18");
        assertFalse(sheets.get(1).ruleSet());
    }

    @Test
    void aZipBombIsScreenedOut() {
        List<Finding> findings = WorkbookReader.screen("bomb.drl.xlsx", HostileFiles.zipBomb(30 * 1024 * 1024), 20 * 1024 * 1024);
        assertEquals(1, findings.size());
        assertEquals("zip-bomb", findings.get(0).check());
        assertThrows(IOException.class, () -> WorkbookReader.read(new byte[] {1, 2, 3}));
    }
}
