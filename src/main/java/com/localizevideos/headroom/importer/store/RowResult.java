package com.localizevideos.headroom.importer.store;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** What became of one row: it stored something new, it only met what was stored before, or it was rejected. */
public record RowResult(Status status, List<String> reasons) {

    /** ACCEPTED rows stored at least one new or changed record; DUPLICATE rows stored nothing new. */
    public enum Status { ACCEPTED, DUPLICATE, REJECTED }

    public static final RowResult ACCEPTED = new RowResult(Status.ACCEPTED, List.of());
    public static final RowResult DUPLICATE = new RowResult(Status.DUPLICATE, List.of());

    public RowResult {
        reasons = List.copyOf(reasons);
    }

    public static RowResult rejected(List<String> reasons) {
        return new RowResult(Status.REJECTED, reasons);
    }

    public static RowResult rejected(String reason) {
        return rejected(List.of(reason));
    }

    /**
     * True when this call stored one of {@code ids} and no earlier row of the chunk claimed it: of two rows of one
     * chunk with the same id, the first is accepted and the second is a duplicate. Adds the ids to {@code claimed}.
     */
    public static boolean claimsNew(Collection<String> ids, Set<String> stored, Set<String> claimed) {
        boolean fresh = false;
        for (String id : ids) {
            if (stored.contains(id) && claimed.add(id)) {
                fresh = true;
            }
        }
        return fresh;
    }

    /** ACCEPTED when {@code storedSomething}, otherwise DUPLICATE. */
    public static RowResult storedIf(boolean storedSomething) {
        return storedSomething ? ACCEPTED : DUPLICATE;
    }
}
