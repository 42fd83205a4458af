package com.localizevideos.headroom.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Vetoed;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.importer.mapping.AccountRow;
import com.localizevideos.headroom.importer.store.AccountWriter;
import com.localizevideos.headroom.importer.store.ChunkResult;
import com.localizevideos.headroom.importer.store.RowResult;

/** What the import does when the database refuses a chunk: only the row it cannot store is rejected. */
class ImportServiceTest {

    /** Stores every row except the one named "boom", which fails the whole transaction it is in. Not a bean. */
    @Vetoed
    private static final class RefusingWriter extends AccountWriter {
        final List<Integer> chunkSizes = new ArrayList<>();

        RefusingWriter() {
            super(null, null);
        }

        @Override
        public ChunkResult write(List<AccountRow> rows) {
            chunkSizes.add(rows.size());
            if (rows.stream().anyMatch(row -> row.id().equals("boom"))) {
                throw new IllegalStateException("the database said no");
            }
            return new ChunkResult(rows.stream().map(row -> RowResult.ACCEPTED).toList(),
                    Map.of("accountsCreated", (long) rows.size()));
        }
    }

    private static ImportConfig config(int chunkSize) {
        return new ImportConfig() {
            @Override
            public int chunkSize() {
                return chunkSize;
            }

            @Override
            public int maxListedRejections() {
                return 2;
            }
        };
    }

    @Test
    void aChunkTheDatabaseRefusesIsRetriedRowByRowSoOnlyTheCulpritIsRejected() {
        RefusingWriter writer = new RefusingWriter();
        ImportService service = new ImportService(config(10), writer, null, null, null);
        String csv = """
                account_id,account_name,industry,country,signup_date,plan_tier,seats
                a1,One,EdTech,US,2024-01-15,Basic,3
                boom,Boom,EdTech,US,2024-01-15,Basic,3
                a3,Three,EdTech,US,2024-01-15,Basic,-3
                a4,Four,EdTech,US,2024-01-15,Basic,3
                """;
        ImportView view = service.importAccounts(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, "test");

        assertEquals(List.of(3, 1, 1, 1), writer.chunkSizes, "one chunk of the three valid rows, then each alone");
        assertEquals(4, view.rows());
        assertEquals(2, view.accepted());
        assertEquals(2, view.rejectedCount());
        assertEquals(List.of(3L, 4L), view.rejected().stream().map(RejectedRowView::line).toList(), "file order");
        assertTrue(view.rejected().get(0).reasons().get(0).startsWith("the row could not be stored; quote incident "));
        assertEquals(Map.of("accountsCreated", 2L), view.stored());
    }

    @Test
    void theRejectedListIsCappedButTheCountIsNot() {
        ImportService service = new ImportService(config(2), new RefusingWriter(), null, null, null);
        StringBuilder csv = new StringBuilder("account_id,account_name,industry,country,signup_date,plan_tier,seats\n");
        for (int i = 0; i < 5; i++) {
            csv.append("x").append(i).append(",X,EdTech,US,not a date,Basic,3\n");
        }
        ImportView view = service.importAccounts(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, "test");
        assertEquals(5, view.rejectedCount());
        assertEquals(2, view.rejected().size());
        assertEquals(0, view.accepted());
    }
}
