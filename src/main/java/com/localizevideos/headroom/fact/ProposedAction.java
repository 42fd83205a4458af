package com.localizevideos.headroom.fact;

/** A playbook the playbook table wants to start; routing sets its channel, guardrails may suppress it. */
public class ProposedAction {
    private final Playbook playbook;
    private final String rule;
    private Channel channel;
    private String routedBy;

    public ProposedAction(Playbook playbook, String rule) {
        this.playbook = playbook;
        this.rule = rule;
    }

    public Playbook getPlaybook() {
        return playbook;
    }

    /** Name of the playbook-table row that proposed it. */
    public String getRule() {
        return rule;
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

    public boolean isHumanContact() {
        return channel != null && channel.isHuman();
    }
}
