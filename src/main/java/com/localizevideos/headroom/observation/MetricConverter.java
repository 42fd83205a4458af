package com.localizevideos.headroom.observation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Metric} as its lower_snake code. */
@Converter(autoApply = true)
public class MetricConverter implements AttributeConverter<Metric, String> {

    @Override
    public String convertToDatabaseColumn(Metric metric) {
        return metric == null ? null : metric.code();
    }

    @Override
    public Metric convertToEntityAttribute(String code) {
        return code == null ? null : Metric.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown metric in database: " + code));
    }
}
