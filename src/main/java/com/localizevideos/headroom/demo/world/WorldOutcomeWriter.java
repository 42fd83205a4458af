package com.localizevideos.headroom.demo.world;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.localizevideos.headroom.commercial.CommercialEvent;
import com.localizevideos.headroom.commercial.CommercialEventKind;
import com.localizevideos.headroom.commercial.CommercialEventService;

/** Persists the world's realised outcomes as commercial events, through the same service the CSV import uses. */
@ApplicationScoped
public class WorldOutcomeWriter {
    @Inject
    CommercialEventService events;

    /** Writes the outcomes (idempotent by id) and answers how many were new. */
    int write(List<WorldOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return 0;
        }
        return events.record(outcomes.stream()
                .map(o -> new CommercialEvent(o.id(), o.accountId(), CommercialEventKind.valueOf(o.kind()),
                        o.date().atTime(15, 0).toInstant(ZoneOffset.UTC),
                        o.arrDelta() == null ? null : BigDecimal.valueOf(o.arrDelta()).setScale(2, RoundingMode.HALF_UP),
                        "demo-world", o.score() == null ? Map.of("what", o.detail())
                                : Map.of("what", o.detail(), "score", o.score())))
                .toList()).size();
    }
}
