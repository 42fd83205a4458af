package com.localizevideos.headroom.observation;

import java.util.List;

/** Outcome of a batch: stored, ignored as already seen, and rejected items with their reasons. */
public record ObservationBatchView(int accepted, int duplicates, List<RejectedObservationView> rejected) {
}
