package com.localizevideos.headroom.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.localizevideos.headroom.evaluation.EvaluationView;
import io.quarkus.test.junit.QuarkusTest;

/** The first load is the one whose decisions are checked: later loads meet the contact caps of the first one's actions. */
@QuarkusTest
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SampleRunTest {
    @Inject
    SampleRun sample;

    @Test
    @org.junit.jupiter.api.Order(1)
    void eachSamplePersonaGetsTheDecisionItWasBuiltFor() {
        SampleRun.Result result = sample.load();
        Map<String, EvaluationView> byId = result.evaluations().stream()
                .collect(Collectors.toMap(e -> e.evaluation().accountId(), SampleRun.Evaluated::evaluation));
        assertEquals(7, result.accounts());

        // at most one sales offer in 60 days: the second offer of each HIGH account waits, held by contact fatigue
        assertDecision(byId.get("northwind-media"), "HIGH", List.of("SALES_ASSISTED_UPSELL:CS_LED"));
        assertEquals(List.of("CONTRACT_EXPANSION:CONTACT_FATIGUE"), byId.get("northwind-media").suppressed().stream()
                .map(x -> x.playbook() + ":" + x.guardrail()).toList());
        assertDecision(byId.get("lumen-learning"), "HIGH", List.of("CUSTOM_PLAN:SALES_AND_EXEC"));
        assertEquals(List.of("CONTRACT_EXPANSION:CONTACT_FATIGUE"), byId.get("lumen-learning").suppressed().stream()
                .map(x -> x.playbook() + ":" + x.guardrail()).toList());
        assertDecision(byId.get("atlas-pharma"), "MEDIUM", List.of("SUCCESS_CONVERSATION:EXECUTIVE_SPONSOR"));
        assertDecision(byId.get("pixel-and-pine"), "MEDIUM", List.of("SUCCESS_CONVERSATION:AUTOMATED",
                "USAGE_OPTIMIZATION_GUIDANCE:AUTOMATED", "TIER_COMPARISON_INSIGHT:AUTOMATED"));
        assertDecision(byId.get("brightside-nonprofit"), "LOW", List.of("EDUCATIONAL_PROMPT:AUTOMATED"));
        assertDecision(byId.get("corvid-games"), "MEDIUM", List.of());
        // every held playbook is held (at least) by the open sev-1 ticket; a low CSAT may hold it too
        var corvid = byId.get("corvid-games").suppressed();
        assertTrue(!corvid.isEmpty());
        assertEquals(corvid.stream().map(EvaluationView.SuppressionView::playbook).collect(Collectors.toSet()),
                corvid.stream().filter(s -> s.guardrail().equals("OPEN_SEVERE_TICKET"))
                        .map(EvaluationView.SuppressionView::playbook).collect(Collectors.toSet()));
        assertDecision(byId.get("helios-retail"), "HIGH", List.of());
        given().get("/api/v1/audit/evaluations/" + byId.get("helios-retail").id())
                .then().statusCode(200).body("principal", equalTo(SampleRun.PRINCIPAL));
        assertTrue(byId.get("helios-retail").suppressed().stream().allMatch(s -> s.guardrail().equals("DO_NOT_CONTACT")));
    }

    @Test
    void runningTheSampleTwiceStoresNothingTwice() {
        sample.load();
        SampleRun.Result again = sample.load();
        assertEquals(0, again.accepted());
        assertEquals(435, again.duplicates());
        given().get("/api/v1/accounts/atlas-pharma").then().statusCode(200).body("strategic", equalTo(true));
    }

    @Test
    void summaryNamesEachAccountAndItsAuditRecord() {
        String text = sample.run();
        for (String name : List.of("Northwind Media", "Lumen Learning", "Atlas Pharma", "Pixel & Pine",
                "Brightside Nonprofit", "Corvid Games", "Helios Retail")) {
            assertTrue(text.contains(name), name + " missing from\n" + text);
        }
        assertTrue(text.contains("suppressed: SALES_ASSISTED_UPSELL by DO_NOT_CONTACT"), text);
        assertTrue(text.contains("audit /api/v1/audit/evaluations/"), text);
    }

    private static void assertDecision(EvaluationView view, String tier, List<String> actions) {
        assertEquals(tier, view.readiness().tier(), view.accountId());
        assertEquals(actions, view.actions().stream().map(a -> a.playbook() + ":" + a.channel()).toList(), view.accountId());
    }
}
