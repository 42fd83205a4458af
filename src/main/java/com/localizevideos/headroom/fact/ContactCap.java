package com.localizevideos.headroom.fact;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A contact-fatigue cap (a row of the guardrails table): at most {@code limit} actions on these channels (offers
 * only, or any playbook) within {@code days}, counting those already started and those admitted in this evaluation.
 */
public class ContactCap {
    private final String name;
    private final String counted;
    private Set<Channel> channels = EnumSet.noneOf(Channel.class);
    private boolean offersOnly;
    private int limit;
    private int days;
    private boolean priorCounted;
    private int prior;
    private int now;

    public ContactCap(String name, String counted) {
        this.name = name;
        this.counted = counted;
    }

    /** The table row's name. */
    public String getName() { return name; }
    /** What the cap counts, in words ("human contacts"). */
    public String getCounted() { return counted; }
    public Set<Channel> getChannels() { return channels; }
    /** Channel codes separated by commas, as the table cell holds them. */
    public void setChannels(String codes) {
        Set<Channel> parsed = EnumSet.noneOf(Channel.class);
        Arrays.stream(codes.split(",")).map(String::trim).filter(c -> !c.isEmpty()).map(Channel::valueOf).forEach(parsed::add);
        this.channels = parsed;
    }
    public boolean isOffersOnly() { return offersOnly; }
    public void setOffersOnly(boolean offersOnly) { this.offersOnly = offersOnly; }
    public int getLimit() { return limit; }
    public void setLimit(int limit) { this.limit = limit; }
    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }

    /** True once the actions already started have been counted ({@code prior}). */
    public boolean isPriorCounted() { return priorCounted; }
    public void setPriorCounted(boolean priorCounted) { this.priorCounted = priorCounted; }
    /** Actions already started within the window. */
    public int getPrior() { return prior; }
    public void setPrior(int prior) { this.prior = prior; }
    /** Actions of this decision admitted under the cap so far. */
    public int getNow() { return now; }
    public void setNow(int now) { this.now = now; }

    /** Whether a proposed action would count against this cap. */
    public boolean covers(ProposedAction a) {
        return a.getChannel() != null && channels.contains(a.getChannel()) && (!offersOnly || a.getPlaybook().isOffer());
    }

    /** Whether an action already started counts against this cap: its channel and kind, within the window. */
    public boolean counts(PriorAction p) {
        return p.getChannel() != null && channels.contains(p.getChannel()) && (!offersOnly || p.getPlaybook().isOffer())
                && p.getDaysAgo() < days;
    }

    @Override
    public String toString() {
        return name + "(" + limit + " in " + days + "d)";
    }
}
