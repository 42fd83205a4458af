package com.localizevideos.headroom.fact;

/** An action already started for the account before this evaluation (from PostgreSQL): what contact caps count. */
public class PriorAction {
    private Playbook playbook;
    private Channel channel;
    private int daysAgo;

    public PriorAction() {
    }

    public PriorAction(Playbook playbook, Channel channel, int daysAgo) {
        this.playbook = playbook;
        this.channel = channel;
        this.daysAgo = daysAgo;
    }

    public Playbook getPlaybook() { return playbook; }
    public void setPlaybook(Playbook playbook) { this.playbook = playbook; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    /** Whole days between the earlier decision's asOf and this one's. */
    public int getDaysAgo() { return daysAgo; }
    public void setDaysAgo(int daysAgo) { this.daysAgo = daysAgo; }

    @Override
    public String toString() {
        return playbook + " via " + channel + " " + daysAgo + "d ago";
    }
}
