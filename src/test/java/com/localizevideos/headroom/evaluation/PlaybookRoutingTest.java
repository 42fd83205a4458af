package com.localizevideos.headroom.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Channel;
import com.localizevideos.headroom.fact.Playbook;
import com.localizevideos.headroom.fact.ProposedAction;
import com.localizevideos.headroom.fact.Tier;
import com.localizevideos.headroom.rulebase.RuleOrigin;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * decision-tables/playbooks.drl.xlsx picks playbooks per tier and signals; decision-tables/routing.drl.xlsx picks the
 * channel by ARR (below 5,000 AUTOMATED, 5,000 to 30,000 CS_LED, from 30,000 SALES_AND_EXEC, strategic
 * EXECUTIVE_SPONSOR; LOW-tier playbooks always AUTOMATED). The account is ShippedRules.highReadinessNearQuota()
 * (readiness 75, HIGH, signals APPROACHING_QUOTA, FEATURE_SATURATION, CONSISTENT_ACTIVE_USAGE) unless said otherwise.
 */
class PlaybookRoutingTest {

    @Test
    void highReadinessAccountNearQuotaGetsSalesAssistedUpsell() {
        Decision d = ShippedRules.decide(ShippedRules.highReadinessNearQuota());

        assertEquals(Tier.HIGH, d.readiness().getTier());
        assertEquals(List.of(Playbook.SALES_ASSISTED_UPSELL), playbooks(d));
        assertEquals("SalesAssistedUpsellOnCapacity", d.actions().get(0).getRule());
        assertEquals(List.of(), d.suppressed());
    }

    @Test
    void upsellForAccountJustUnderFiveThousandArrStaysInProduct() {
        assertEquals(Channel.AUTOMATED, upsellChannel(4_999, false));
    }

    @Test
    void upsellForAccountAtFiveThousandArrGoesToCustomerSuccess() {
        assertEquals(Channel.CS_LED, upsellChannel(5_000, false));
    }

    @Test
    void upsellForAccountJustUnderThirtyThousandArrGoesToCustomerSuccess() {
        assertEquals(Channel.CS_LED, upsellChannel(29_999, false));
    }

    @Test
    void upsellForAccountAtThirtyThousandArrGoesToSalesWithExecutive() {
        assertEquals(Channel.SALES_AND_EXEC, upsellChannel(30_000, false));
    }

    @Test
    void upsellForSmallStrategicAccountGoesToExecutiveSponsor() {
        assertEquals(Channel.EXECUTIVE_SPONSOR, upsellChannel(2_000, true));
    }

    @Test
    void lowTierPromptForLargeStrategicAccountStaysInProduct() {
        AccountSnapshot s = ShippedRules.quietProAccount();
        s.setArr(100_000);
        s.setStrategic(true);        // strategic 10
        s.setActiveDaysPerWeek(3.2); // CONSISTENT_ACTIVE_USAGE -> 10; readiness 20, LOW

        Decision d = ShippedRules.decide(s);

        assertEquals(Tier.LOW, d.readiness().getTier());
        assertEquals(List.of(Playbook.FEATURE_DISCOVERY_NUDGE), playbooks(d));
        assertEquals(Channel.AUTOMATED, d.actions().get(0).getChannel());
        assertEquals("RouteLowTierPlaybooksInProduct", d.actions().get(0).getRoutedBy());
    }

    @Test
    void firedPlaybookAndRoutingRowsNameTheirWorkbookSheetAndRow() {
        Decision d = ShippedRules.decide(ShippedRules.highReadinessNearQuota()); // ARR 10,000

        FiredRule playbook = fired(d, "SalesAssistedUpsellOnCapacity");
        FiredRule routing = fired(d, "RouteMediumValueToCustomerSuccess");
        assertEquals(new RuleOrigin("decision-tables/playbooks.drl.xlsx", "Playbooks", 16, null), playbook.source());
        assertEquals(new RuleOrigin("decision-tables/routing.drl.xlsx", "Routing", 12, null), routing.source());
        assertTrue(playbook.order() < routing.order(), "the playbook is proposed before it is routed");
        assertEquals("RouteMediumValueToCustomerSuccess", d.actions().get(0).getRoutedBy());
    }

    @Test
    void firedDrlRulesNameTheirFileAndLine() {
        Decision d = ShippedRules.decide(ShippedRules.highReadinessNearQuota());

        assertEquals(new RuleOrigin("rules/signals.drl", null, null, 10), fired(d, "ApproachingQuotaFromProjectedMinutes").source());
        assertEquals(new RuleOrigin("rules/readiness.drl", null, null, 22), fired(d, "ReadinessScoreIsScaledSumOfFactors").source());
    }

    @Test
    void everyFiredRulePointsAtTheLineOrRowThatDeclaresIt() throws IOException {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota();
        s.setDaysToRenewal(60); // also RENEWAL_APPROACHING, so CONTRACT_EXPANSION joins the upsell
        s.setInDunning(true);   // and a guardrail fires

        Decision d = ShippedRules.decide(s);

        assertTrue(d.firedRules().size() > 20, "a full pipeline fired: " + d.firedRules().size());
        for (FiredRule f : d.firedRules()) {
            RuleOrigin o = f.source();
            if (o.sheet() != null) {
                assertEquals(f.rule(), nameInColumnA(o.file(), o.sheet(), o.row()), f.toString());
            } else {
                assertNotNull(o.line(), f.toString());
                String declaration = Files.readAllLines(Path.of(o.file())).get(o.line() - 1).trim();
                assertEquals("rule \"" + f.rule() + "\"", declaration, f.toString());
            }
        }
    }

    private static Channel upsellChannel(double arr, boolean strategic) {
        AccountSnapshot s = ShippedRules.highReadinessNearQuota();
        s.setArr(arr);
        s.setStrategic(strategic);
        Decision d = ShippedRules.decide(s);
        assertEquals(List.of(Playbook.SALES_ASSISTED_UPSELL), playbooks(d));
        return d.actions().get(0).getChannel();
    }

    private static List<Playbook> playbooks(Decision d) {
        return d.actions().stream().map(ProposedAction::getPlaybook).toList();
    }

    private static FiredRule fired(Decision d, String rule) {
        return d.firedRules().stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " did not fire: " + d.firedRules()));
    }

    private static String nameInColumnA(String file, String sheet, int row) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(file)); Workbook wb = WorkbookFactory.create(in)) {
            Row r = wb.getSheet(sheet).getRow(row - 1);
            return r == null ? null : new DataFormatter().formatCellValue(r.getCell(0));
        }
    }
}
