package com.localizevideos.headroom.observation;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Appends and reads observations. */
@ApplicationScoped
public class ObservationRepository implements PanacheRepositoryBase<Observation, String> {

    private static final String INSERT = """
            INSERT INTO observation (id, account_id, metric, dimension, value, observed_at, source, received_at)
            SELECT t.id, t.account_id, t.metric, t.dimension, t.value, t.observed_at, t.source, t.received_at
            FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::float8[], ?::timestamptz[],
                        ?::varchar[], ?::timestamptz[])
                 AS t(id, account_id, metric, dimension, value, observed_at, source, received_at)
            ON CONFLICT (id) DO NOTHING
            RETURNING id
            """;

    /**
     * Inserts all observations in one statement; an id already stored (also by a concurrent request) is skipped.
     * Returns the ids actually inserted.
     */
    public Set<String> insertIgnoringDuplicates(List<Observation> observations) {
        if (observations.isEmpty()) {
            return Set.of();
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            int n = observations.size();
            String[][] text = new String[7][n];
            Double[] values = new Double[n];
            for (int i = 0; i < n; i++) {
                Observation o = observations.get(i);
                text[0][i] = o.getId();
                text[1][i] = o.getAccountId();
                text[2][i] = o.getMetric().code();
                text[3][i] = o.getDimension();
                text[4][i] = o.getObservedAt().toString();
                text[5][i] = o.getSource();
                text[6][i] = o.getReceivedAt().toString();
                values[i] = o.getValue();
            }
            Set<String> inserted = new HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                Array[] arrays = {
                        connection.createArrayOf("varchar", text[0]), connection.createArrayOf("varchar", text[1]),
                        connection.createArrayOf("varchar", text[2]), connection.createArrayOf("varchar", text[3]),
                        connection.createArrayOf("float8", values), connection.createArrayOf("varchar", text[4]),
                        connection.createArrayOf("varchar", text[5]), connection.createArrayOf("varchar", text[6])};
                for (int i = 0; i < arrays.length; i++) {
                    statement.setArray(i + 1, arrays[i]);
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        inserted.add(result.getString(1));
                    }
                }
                for (Array array : arrays) {
                    array.free();
                }
            }
            return inserted;
        });
    }
}
