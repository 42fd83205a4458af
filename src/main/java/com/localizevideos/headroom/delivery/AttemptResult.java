package com.localizevideos.headroom.delivery;

import java.time.Instant;

/** One attempt's outcome: the receiver's HTTP status, or the error that kept it from answering. */
record AttemptResult(Instant startedAt, Instant finishedAt, Integer statusCode, String error) {

    /** A 2xx answer: the receiver has the delivery. */
    boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** What went wrong, for {@code last_error}; null when delivered. */
    String failure() {
        if (delivered()) {
            return null;
        }
        return error != null ? error : "HTTP " + statusCode;
    }
}
