package com.localizevideos.headroom.ruleset;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a CONDITION column's code template tests, as far as the checks can read it: a property equal to a value, in a
 * list, bounded by a number, or the presence or absence of facts with a code from a list. Anything else is opaque.
 */
record ConditionColumn(SheetLayout.Column column, Kind kind, String property, String operator, boolean integral) {

    enum Kind { EQUALS, IN, RANGE, EXISTS, NOT, OPAQUE }

    private static final Pattern PRESENCE = Pattern.compile(
            "^(exists|not)\\s+(\\w+)\\s*\\(\\s*forall\\(\\|\\|\\)\\{\\s*(\\w+)\\s*==\\s*[\\w.]*\\$\\s*}\\s*\\)$");
    private static final Pattern LIST = Pattern.compile("^forall\\(\\|\\|\\)\\{\\s*(\\w+)\\s*==\\s*[\\w.]*\\$\\s*}$");
    private static final Pattern COMPARE = Pattern.compile("^(\\w+)\\s*(==|>=|<=|>|<)\\s*\"?[\\w.]*\\$param\"?$");

    static ConditionColumn of(SheetLayout.Column column) {
        String template = column.template().trim();
        String type = typeOf(column.objectType());
        Matcher m = PRESENCE.matcher(template);
        if (m.matches()) {
            return new ConditionColumn(column, m.group(1).equals("exists") ? Kind.EXISTS : Kind.NOT, m.group(2) + "." + m.group(3),
                    null, false);
        }
        m = LIST.matcher(template);
        if (m.matches()) {
            return new ConditionColumn(column, Kind.IN, type + "." + m.group(1), null, false);
        }
        m = COMPARE.matcher(template);
        if (m.matches()) {
            boolean equals = m.group(2).equals("==");
            return new ConditionColumn(column, equals ? Kind.EQUALS : Kind.RANGE, type + "." + m.group(1), m.group(2),
                    !equals && integral(type, m.group(1)));
        }
        return new ConditionColumn(column, Kind.OPAQUE, null, null, false);
    }

    /** The values a data cell names (one for EQUALS, the list for IN/EXISTS/NOT). */
    static Set<String> values(String text) {
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(values::add);
        return values;
    }

    private static String typeOf(String objectType) {
        String type = objectType.contains(":") ? objectType.substring(objectType.indexOf(':') + 1) : objectType;
        return type.trim().isEmpty() ? "?" : type.trim();
    }

    /** Whether the fact property holds whole numbers (then 39 and 40 leave no gap). */
    private static boolean integral(String type, String property) {
        try {
            Class<?> fact = Class.forName("com.localizevideos.headroom.fact." + type);
            String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
            Method method = fact.getMethod(getter);
            Class<?> r = method.getReturnType();
            return r == int.class || r == long.class || r == Integer.class || r == Long.class || r == short.class;
        } catch (ReflectiveOperationException | LinkageError e) {
            return false;
        }
    }
}
