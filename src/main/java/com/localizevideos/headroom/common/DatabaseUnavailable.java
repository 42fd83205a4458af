package com.localizevideos.headroom.common;

import java.sql.SQLException;
import java.util.List;

import jakarta.ws.rs.core.Response;

/**
 * Recognises "PostgreSQL cannot be reached" anywhere in an exception's causes — a connection failure (SQLState class
 * 08, e.g. {@code PSQLException} "Connection refused" or an I/O error mid-statement), a server shutting down or
 * starting up (57P01–57P03), no connection slots left (53300), or the pool's acquisition timeout — and answers it
 * with a 503 problem and {@code Retry-After}, instead of a 500. Nothing a 503 answers was acknowledged; a retry is
 * safe (observations are idempotent by id, evaluations and outcomes with an {@code Idempotency-Key}).
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before retrying. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private DatabaseUnavailable() {
    }

    /** Whether {@code e} or one of its causes says the database cannot be reached right now. */
    public static boolean causes(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
            if (cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("53300"))) {
            return true;
        }
        // Agroal: no connection could be had within quarkus.datasource.jdbc.acquisition-timeout.
        return e.getMessage() != null && e.getMessage().startsWith("Sorry, acquisition timeout");
    }

    /** The 503 answer. */
    public static Response response() {
        String message = "the database cannot be reached right now; this request was not acknowledged";
        return Response.fromResponse(Problem.of("database-unavailable", "Service Unavailable", 503,
                        "The database cannot be reached right now, so this request was not acknowledged. Retry in "
                                + RETRY_AFTER_SECONDS + " seconds: observations are idempotent by id, and evaluations and "
                                + "outcomes are safe to retry with the same Idempotency-Key.",
                        List.of(LocatedProblem.of(message))).toResponse())
                .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).build();
    }
}
