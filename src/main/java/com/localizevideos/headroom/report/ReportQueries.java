package com.localizevideos.headroom.report;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** Runs a report's native SQL, binding only the named parameters the statement uses. */
@ApplicationScoped
class ReportQueries {
    @Inject
    EntityManager em;

    /** The rows as arrays, one element per selected column. */
    List<Object[]> rows(String sql, Map<String, Object> parameters) {
        Query query = em.createNativeQuery(sql);
        parameters.forEach((name, value) -> {
            if (Pattern.compile("(?<![:\\w]):" + name + "\\b").matcher(sql).find()) {
                query.setParameter(name, value);
            }
        });
        return ((List<?>) query.getResultList()).stream()
                .map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
    }

    static long asLong(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static Double asDouble(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    static java.math.BigDecimal money(Object o) {
        if (o == null) {
            return java.math.BigDecimal.ZERO.setScale(2);
        }
        java.math.BigDecimal v = o instanceof java.math.BigDecimal b ? b : new java.math.BigDecimal(o.toString());
        return v.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
