package com.localizevideos.headroom.evaluation;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.localizevideos.headroom.fact.Playbook;

/**
 * The three statements of {@link SnapshotQuery} (read by reflection, so the baseline runs exactly the service's SQL)
 * as PREPARE once / EXECUTE per account, with the parameters SnapshotQuery binds.
 */
public final class BenchSnapshotSql {
    private static final String[] NAMES = {"ACCOUNT", "USAGE", "DIMENSIONS"};
    private static final List<List<String>> PARAMS = new ArrayList<>();

    public static String prepare() {
        StringBuilder out = new StringBuilder();
        try {
            for (String name : NAMES) {
                Field f = SnapshotQuery.class.getDeclaredField(name);
                f.setAccessible(true);
                NamedSql sql = (NamedSql) f.get(null);
                Field textField = NamedSql.class.getDeclaredField("jdbcSql");
                textField.setAccessible(true);
                Field namesField = NamedSql.class.getDeclaredField("names");
                namesField.setAccessible(true);
                String text = (String) textField.get(sql);
                @SuppressWarnings("unchecked")
                List<String> names = (List<String>) namesField.get(sql);
                StringBuilder positional = new StringBuilder();
                int n = 0;
                for (char ch : text.toCharArray()) {
                    positional.append(ch == '?' ? "$" + (++n) : String.valueOf(ch));
                }
                List<String> types = new ArrayList<>();
                for (String p : names) {
                    types.add(p.equals("account") ? "varchar" : p.equals("offers") ? "varchar[]" : "timestamptz");
                }
                PARAMS.add(names);
                out.append("PREPARE snap_").append(name.toLowerCase()).append(" (").append(String.join(", ", types))
                        .append(") AS\n").append(positional.toString().strip()).append(";\n");
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    public static String execute(String accountId, LocalDate firstCycleStart, Instant asOf) {
        LocalDate day = asOf.atOffset(ZoneOffset.UTC).toLocalDate();
        BillingCycle cycle = BillingCycle.containing(firstCycleStart, day);
        Map<String, String> values = new java.util.HashMap<>();
        values.put("account", "'" + accountId + "'");
        values.put("asOf", "'" + asOf + "'");
        StringBuilder offers = new StringBuilder("'{");
        for (Playbook p : Playbook.values()) {
            if (p.isOffer()) {
                offers.append(offers.length() > 2 ? "," : "").append(p.name());
            }
        }
        values.put("offers", offers.append("}'").toString());
        values.put("cycleStart", "'" + cycle.start().atStartOfDay().toInstant(ZoneOffset.UTC) + "'");
        for (int d : new int[] {7, 14, 21, 28, 30, 45, 60, 90}) {
            values.put("d" + d, "'" + asOf.minus(Duration.ofDays(d)) + "'");
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < NAMES.length; i++) {
            List<String> args = new ArrayList<>();
            for (String p : PARAMS.get(i)) {
                args.add(values.get(p));
            }
            out.append("EXECUTE snap_").append(NAMES[i].toLowerCase()).append('(').append(String.join(",", args))
                    .append(");\n");
        }
        return out.toString();
    }
}
