package com.localizevideos.headroom.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The sample file: accounts (id plus Contract v1 master data), observations, and the instant to evaluate as of. */
record SampleData(String description, Instant asOf, List<Map<String, Object>> accounts, JsonNode observations) {
}
