package com.localizevideos.headroom.fact;

/**
 * A playbook the playbook table (or a guardrail, for retention) wants to start; routing sets its channel and owner,
 * the content table its headline and body templates, and guardrails may suppress it.
 */
public class ProposedAction {
    private final Playbook playbook;
    private final String rule;
    private final boolean retention;
    private Channel channel;
    private String routedBy;
    private String owner;
    private String ownedBy;
    private String headlineTemplate;
    private String bodyTemplate;
    private String contentBy;

    public ProposedAction(Playbook playbook, String rule) {
        this(playbook, rule, false);
    }

    public ProposedAction(Playbook playbook, String rule, boolean retention) {
        this.playbook = playbook;
        this.rule = rule;
        this.retention = retention;
    }

    public Playbook getPlaybook() {
        return playbook;
    }

    /** Name of the playbook-table row (or rule) that proposed it. */
    public String getRule() {
        return rule;
    }

    /** True for a retention step started because usage is falling: not an expansion, never an offer. */
    public boolean isRetention() {
        return retention;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    /** Name of the routing-table row that chose the channel. */
    public String getRoutedBy() {
        return routedBy;
    }

    public void setRoutedBy(String routedBy) {
        this.routedBy = routedBy;
    }

    /** Who works the action (a CSM, a regional sales team, an executive sponsor); null for in-product prompts. */
    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    /** Name of the owners-table row that assigned the owner. */
    public String getOwnedBy() {
        return ownedBy;
    }

    public void setOwnedBy(String ownedBy) {
        this.ownedBy = ownedBy;
    }

    /** The content table's headline, with {placeholders} filled from the account when the action is written. */
    public String getHeadlineTemplate() {
        return headlineTemplate;
    }

    public void setHeadlineTemplate(String headlineTemplate) {
        this.headlineTemplate = headlineTemplate;
    }

    public String getBodyTemplate() {
        return bodyTemplate;
    }

    public void setBodyTemplate(String bodyTemplate) {
        this.bodyTemplate = bodyTemplate;
    }

    /** Name of the content-table row that gave the templates. */
    public String getContentBy() {
        return contentBy;
    }

    public void setContentBy(String contentBy) {
        this.contentBy = contentBy;
    }

    /**
     * Higher first when contact caps admit the actions of one decision one by one (0..9): a retention step first,
     * then the offers from the most to the least direct, then the conversations and the in-product playbooks.
     */
    public int getPriority() {
        return retention ? 9 : 8 - CAP_ORDER.indexOf(playbook);
    }

    private static final java.util.List<Playbook> CAP_ORDER = java.util.List.of(Playbook.SALES_ASSISTED_UPSELL,
            Playbook.CUSTOM_PLAN, Playbook.CONTRACT_EXPANSION, Playbook.TIER_COMPARISON_INSIGHT,
            Playbook.USAGE_OPTIMIZATION_GUIDANCE, Playbook.SUCCESS_CONVERSATION, Playbook.VALUE_REINFORCEMENT,
            Playbook.FEATURE_DISCOVERY_NUDGE, Playbook.EDUCATIONAL_PROMPT);

    public boolean isHumanContact() {
        return channel != null && channel.isHuman();
    }

    /** An expansion offer or a person reaching out: what do-not-contact, dunning and a recent decline hold back. */
    public boolean isOfferOrHumanContact() {
        return playbook.isOffer() || isHumanContact();
    }

    @Override
    public String toString() {
        return playbook + (retention ? "(retention)" : "") + " via " + channel;
    }
}
