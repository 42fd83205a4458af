package com.localizevideos.headroom.observation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Body of {@code POST /api/v1/observations}. Items stay raw JSON so that each one is validated on its own and a
 * wrong-typed field rejects only its item, not the batch.
 */
public record ObservationBatchRequest(JsonNode observations) {
}
