package com.localizevideos.headroom.fact;

/** An action of this evaluation admitted under a contact cap: it uses one of the cap's places. */
public class CapCharge {
    private final ContactCap cap;
    private final ProposedAction action;

    public CapCharge(ContactCap cap, ProposedAction action) {
        this.cap = cap;
        this.action = action;
    }

    public ContactCap getCap() { return cap; }
    public ProposedAction getAction() { return action; }
}
