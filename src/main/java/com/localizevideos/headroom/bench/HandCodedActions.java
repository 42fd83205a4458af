package com.localizevideos.headroom.bench;

import static com.localizevideos.headroom.bench.FiringLog.CONTENT_TABLE;
import static com.localizevideos.headroom.bench.FiringLog.OWNERS_TABLE;
import static com.localizevideos.headroom.bench.FiringLog.PLAYBOOKS_TABLE;
import static com.localizevideos.headroom.bench.FiringLog.ROUTING;
import static com.localizevideos.headroom.bench.FiringLog.ROUTING_TABLE;

import java.util.List;

import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Channel;
import com.localizevideos.headroom.fact.Playbook;
import com.localizevideos.headroom.fact.ProposedAction;
import com.localizevideos.headroom.fact.Readiness;
import com.localizevideos.headroom.fact.Signal;
import com.localizevideos.headroom.fact.SignalCode;
import com.localizevideos.headroom.fact.Tier;

/** The playbooks and routing workbooks and {@code rules/routing.drl} in plain Java, proposing in playbook order. */
final class HandCodedActions {
    private HandCodedActions() {
    }

    static void propose(AccountSnapshot account, Readiness readiness, Signal[] byCode, List<ProposedAction> actions,
                        FiringLog log) {
        Tier tier = readiness.getTier();
        boolean usage = has(byCode, SignalCode.CONSISTENT_ACTIVE_USAGE);
        boolean renewal = has(byCode, SignalCode.RENEWAL_APPROACHING);
        boolean support = has(byCode, SignalCode.REDUCED_SUPPORT_DEPENDENCY);
        boolean seats = has(byCode, SignalCode.SEAT_GROWTH);
        boolean saturation = has(byCode, SignalCode.FEATURE_SATURATION);
        boolean api = has(byCode, SignalCode.API_RATE_LIMIT_PRESSURE);
        boolean quota = has(byCode, SignalCode.APPROACHING_QUOTA);
        if (tier == Tier.LOW) {
            if (!usage) {
                add(account, actions, log, Playbook.EDUCATIONAL_PROMPT, "EducationalPromptWhileStillOnboarding");
            }
            if (usage) {
                add(account, actions, log, Playbook.FEATURE_DISCOVERY_NUDGE, "FeatureDiscoveryForRegularUsers");
            }
            if (renewal || support) {
                add(account, actions, log, Playbook.VALUE_REINFORCEMENT, "ValueReinforcementBeforeRenewal");
            }
        } else if (tier == Tier.MEDIUM) {
            if (seats || renewal) {
                add(account, actions, log, Playbook.SUCCESS_CONVERSATION, "SuccessConversationOnGrowingTeam");
            }
            if ((usage || support) && !(seats || renewal)) {
                add(account, actions, log, Playbook.SUCCESS_CONVERSATION, "SuccessConversationOnSteadyEngagement");
            }
            if (saturation || api) {
                add(account, actions, log, Playbook.USAGE_OPTIMIZATION_GUIDANCE, "UsageOptimizationWhenSaturated");
            }
            if (quota) {
                add(account, actions, log, Playbook.TIER_COMPARISON_INSIGHT, "TierComparisonNearQuota");
            }

        } else if (tier == Tier.HIGH) {
            if ((quota || saturation) && !api) {
                add(account, actions, log, Playbook.SALES_ASSISTED_UPSELL, "SalesAssistedUpsellOnCapacity");
            }
            if (api) {
                add(account, actions, log, Playbook.CUSTOM_PLAN, "CustomPlanForApiHeavyAccounts");
            }
            if (renewal || seats) {
                add(account, actions, log, Playbook.CONTRACT_EXPANSION, "ContractExpansionAtRenewal");
            }
        }
    }

    private static void add(AccountSnapshot account, List<ProposedAction> actions, FiringLog log, Playbook playbook,
                            String rule) {
        ProposedAction action = new ProposedAction(playbook, rule);
        log.fired(PLAYBOOKS_TABLE, rule);
        route(account, action, log);
        own(account, action, log);
        content(action, log);
        actions.add(action);
    }

    /** The owners sheet of the routing workbook: the CSM, the regional sales team, the executive sponsor. */
    static void own(AccountSnapshot a, ProposedAction action, FiringLog log) {
        String owner;
        String rule;
        switch (action.getChannel()) {
            case CS_LED -> {
                owner = a.getOwner() != null ? a.getOwner() : "cs-team";
                rule = a.getOwner() != null ? "OwnCustomerSuccessByAccountCsm" : "OwnCustomerSuccessWithoutCsmByCsTeam";
            }
            case SALES_AND_EXEC -> {
                String region = a.getRegion() == null ? "" : a.getRegion();
                switch (region) {
                    case "NA" -> { owner = "sales-na"; rule = "OwnSalesInNorthAmerica"; }
                    case "EMEA" -> { owner = "sales-emea"; rule = "OwnSalesInEmea"; }
                    case "APAC" -> { owner = "sales-apac"; rule = "OwnSalesInApac"; }
                    case "LATAM" -> { owner = "sales-latam"; rule = "OwnSalesInLatinAmerica"; }
                    default -> { owner = "sales-global"; rule = "OwnSalesElsewhereByGlobalTeam"; }
                }
            }
            case EXECUTIVE_SPONSOR -> {
                owner = "exec.dana.whitfield";
                rule = "OwnStrategicByExecutiveSponsor";
            }
            default -> {
                return;
            }
        }
        action.setOwner(owner);
        action.setOwnedBy(rule);
        log.fired(OWNERS_TABLE, rule);
    }

    /** The content sheet of the playbooks workbook: one row per playbook (and one for retention). */
    static void content(ProposedAction action, FiringLog log) {
        String rule = switch (action.getPlaybook()) {
            case EDUCATIONAL_PROMPT -> "EducationalPromptContent";
            case FEATURE_DISCOVERY_NUDGE -> "FeatureDiscoveryContent";
            case VALUE_REINFORCEMENT -> "ValueReinforcementContent";
            case SUCCESS_CONVERSATION -> action.isRetention() ? "RetentionConversationContent" : "SuccessConversationContent";
            case USAGE_OPTIMIZATION_GUIDANCE -> "UsageOptimizationContent";
            case TIER_COMPARISON_INSIGHT -> "TierComparisonContent";
            case SALES_ASSISTED_UPSELL -> "SalesAssistedUpsellContent";
            case CUSTOM_PLAN -> "CustomPlanContent";
            case CONTRACT_EXPANSION -> "ContractExpansionContent";
        };
        action.setContentBy(rule);
        log.fired(CONTENT_TABLE, rule);
    }

    /** One routing-table row per action; an action no row claims stays in the product. */
    static void route(AccountSnapshot a, ProposedAction action, FiringLog log) {
        if (action.isRetention()) {
            routed(action, Channel.CS_LED, ROUTING_TABLE, "RouteRetentionToCustomerSuccess", log);
        } else if (action.getPlaybook().getTier() == Tier.LOW) {
            routed(action, Channel.AUTOMATED, ROUTING_TABLE, "RouteLowTierPlaybooksInProduct", log);
        } else if (a.isStrategic()) {
            routed(action, Channel.EXECUTIVE_SPONSOR, ROUTING_TABLE, "RouteStrategicToExecutiveSponsor", log);
        } else if (a.getArr() < 5000) {
            routed(action, Channel.AUTOMATED, ROUTING_TABLE, "RouteLowValueInProduct", log);
        } else if (a.getArr() >= 5000 && a.getArr() < 30000) {
            routed(action, Channel.CS_LED, ROUTING_TABLE, "RouteMediumValueToCustomerSuccess", log);
        } else if (a.getArr() >= 30000) {
            routed(action, Channel.SALES_AND_EXEC, ROUTING_TABLE, "RouteHighValueToSalesWithExecutive", log);
        } else {
            routed(action, Channel.AUTOMATED, ROUTING, "UnroutedActionStaysInProduct", log);
        }
    }

    private static void routed(ProposedAction action, Channel channel, String rulePackage, String rule, FiringLog log) {
        action.setChannel(channel);
        action.setRoutedBy(rule);
        log.fired(rulePackage, rule);
    }

    private static boolean has(Signal[] byCode, SignalCode code) {
        return byCode[code.ordinal()] != null;
    }
}
