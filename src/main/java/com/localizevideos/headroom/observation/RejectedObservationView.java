package com.localizevideos.headroom.observation;

import java.util.List;

/** A batch item that was not stored: its 0-based position, its id (null if it had no string id) and every reason. */
public record RejectedObservationView(int index, String id, List<String> reasons) {
}
