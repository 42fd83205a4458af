package com.localizevideos.headroom.evaluation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.localizevideos.headroom.evaluation.EvaluationView.ContentView;
import com.localizevideos.headroom.evaluation.EvaluationView.LimitView;
import com.localizevideos.headroom.fact.AccountSnapshot;
import com.localizevideos.headroom.fact.Playbook;
import com.localizevideos.headroom.fact.ProposedAction;
import com.localizevideos.headroom.fact.Scale;

/**
 * Fills an action's content templates (from the playbooks workbook's Content sheet) with what the snapshot and the
 * signals say: the plan to compare, the limit that is closest, the feature not yet adopted, the next onboarding step.
 * Pure: the same snapshot and decision give the same words.
 */
final class ActionContent {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** Advanced features in the order they are suggested, with their names in words. */
    private static final Map<String, String> FEATURES = linked("voice_cloning", "voice cloning", "lip_sync", "lip-sync",
            "glossary", "the glossary", "brand_voice", "brand voice", "api", "the API");
    private static final Map<String, String> MILESTONES = linked("first_video", "localise your first video",
            "first_language", "add your first target language", "team_invited", "invite your team",
            "integration_connected", "connect an integration", "glossary_created", "create a glossary");

    private ActionContent() {
    }

    static ContentView write(ProposedAction action, AccountSnapshot s, Decision d) {
        if (action.getHeadlineTemplate() == null && action.getBodyTemplate() == null) {
            return null;
        }
        Limit limit = closestLimit(s);
        String feature = nextFeature(s);
        String milestone = nextMilestone(s);
        String comparePlan = s.getNextPlan() == null ? null : title(s.getNextPlan());
        Map<String, String> values = new HashMap<>();
        values.put("account", s.getName() == null ? s.getAccountId() : s.getName());
        values.put("plan", title(s.getPlan()));
        values.put("comparePlan", comparePlan == null ? "a custom plan" : comparePlan);
        values.put("limit", limit.name());
        values.put("used", Scale.say("%,.0f", limit.used()));
        values.put("max", Scale.say("%,.0f", limit.max()));
        values.put("percent", Scale.say("%.0f", limit.percent()));
        values.put("compareMax", limit.nextMax() == null ? "more" : Scale.say("%,d", limit.nextMax()));
        values.put("feature", feature == null ? "an advanced feature" : FEATURES.get(feature));
        values.put("milestone", milestone == null ? "explore advanced features" : MILESTONES.get(milestone));
        values.put("workflow", s.getTopWorkflow() == null ? "your main workflow" : s.getTopWorkflow().replace('_', ' '));
        values.put("renewal", s.getDaysToRenewal() == null ? "at renewal" : Scale.inDays(s.getDaysToRenewal()));
        values.put("usageFall", Scale.say("%.0f", 100 * s.getUsageDecline30d()));
        values.put("minutesUsed", Scale.say("%,.0f", s.getMinutesUsed()));
        values.put("languagesUsed", Integer.toString(s.getLanguagesUsed()));
        values.put("topSignal", topSignal(action.getPlaybook(), d));
        String headline = fill(action.getHeadlineTemplate(), values);
        String body = fill(action.getBodyTemplate(), values);
        Set<String> used = placeholders(action.getHeadlineTemplate(), action.getBodyTemplate());
        Playbook p = action.getPlaybook();
        boolean compares = p == Playbook.TIER_COMPARISON_INSIGHT || p == Playbook.SALES_ASSISTED_UPSELL
                || used.contains("comparePlan");
        boolean limits = compares || p == Playbook.USAGE_OPTIMIZATION_GUIDANCE || used.contains("limit");
        return new ContentView(headline, body,
                compares ? (comparePlan == null ? "CUSTOM" : s.getNextPlan()) : null,
                p == Playbook.FEATURE_DISCOVERY_NUDGE || used.contains("feature") ? feature : null,
                limits ? new LimitView(limit.key(), limit.used(), limit.max(), limit.nextMax()) : null,
                p == Playbook.EDUCATIONAL_PROMPT || used.contains("milestone") ? milestone : null);
    }

    /** A plan limit and how much of it is used; minutes are judged on the projected end-of-cycle use. */
    record Limit(String key, String name, double used, double max, double ratio, Integer nextMax) {
        double percent() {
            return max <= 0 ? 0 : 100 * used / max;
        }
    }

    /** The plan limit the account is closest to: minutes (projected), languages or seats. */
    static Limit closestLimit(AccountSnapshot s) {
        Limit best = new Limit("minutes", "minutes", s.getMinutesUsed(), s.getMinutesQuota(),
                Math.max(s.getProjectedQuotaRatio(), s.getMinutesSaturation()), s.getNextPlanMinutesQuota());
        Limit languages = new Limit("languages", "languages", s.getLanguagesUsed(), s.getLanguagesLimit(),
                s.getLanguageSaturation(), s.getNextPlanLanguagesLimit());
        Limit seats = new Limit("seats", "seats", s.getSeatsUsed() == null ? 0 : s.getSeatsUsed(), s.getSeatsLicensed(),
                s.getSeatSaturation(), s.getNextPlanSeatsIncluded());
        for (Limit l : List.of(languages, seats)) {
            if (l.ratio() > best.ratio() + 1e-9) {
                best = l;
            }
        }
        return best;
    }

    /** The first advanced feature not used in 30 days (the API only from Pro up), or null when all are. */
    static String nextFeature(AccountSnapshot s) {
        for (String f : FEATURES.keySet()) {
            boolean available = !"api".equals(f) || !"STARTER".equals(s.getPlan());
            if (available && !s.getAdvancedFeatures30d().contains(f)) {
                return f;
            }
        }
        return null;
    }

    static String nextMilestone(AccountSnapshot s) {
        return MILESTONES.keySet().stream().filter(m -> !s.getOnboardingMilestones().contains(m)).findFirst().orElse(null);
    }

    /** The evidence of the strongest signal the playbook's reason cites first, or a neutral phrase. */
    private static String topSignal(Playbook playbook, Decision d) {
        String reason = EvaluationViewMapper.reason(d, playbook);
        int colon = reason.indexOf(": ");
        if (d.signals().isEmpty() || colon < 0) {
            return "steady use of LocalizeVideos";
        }
        String first = reason.substring(colon + 2).split("; ")[0];
        int dash = first.indexOf(" — ");
        return dash < 0 ? first : first.substring(dash + 3);
    }

    private static String fill(String template, Map<String, String> values) {
        if (template == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString().replace("..", ".");
    }

    private static Set<String> placeholders(String... templates) {
        Set<String> names = new LinkedHashSet<>();
        for (String t : templates) {
            if (t != null) {
                Matcher m = PLACEHOLDER.matcher(t);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private static String title(String code) {
        return code == null ? "" : code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
