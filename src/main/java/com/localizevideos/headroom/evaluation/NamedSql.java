package com.localizevideos.headroom.evaluation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SQL with {@code :name} parameters, bound from a map (instants as timestamptz). */
final class NamedSql {
    private static final Pattern PARAM = Pattern.compile("(?<!:):([a-zA-Z][a-zA-Z0-9]*)");

    private final String jdbcSql;
    private final List<String> names;

    NamedSql(String sql) {
        List<String> found = new ArrayList<>();
        Matcher m = PARAM.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            found.add(m.group(1));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        this.jdbcSql = out.toString();
        this.names = List.copyOf(found);
    }

    PreparedStatement prepare(Connection c, Map<String, Object> values) throws SQLException {
        PreparedStatement ps = c.prepareStatement(jdbcSql);
        for (int i = 0; i < names.size(); i++) {
            Object value = values.get(names.get(i));
            if (value == null && !values.containsKey(names.get(i))) {
                ps.close();
                throw new IllegalArgumentException("no value for :" + names.get(i));
            }
            ps.setObject(i + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
        }
        return ps;
    }
}
