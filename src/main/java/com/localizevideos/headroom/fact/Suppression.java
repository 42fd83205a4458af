package com.localizevideos.headroom.fact;

/** A guardrail holding back a proposed action, with the reason in business words. */
public class Suppression {
    private final ProposedAction action;
    private final Guardrail guardrail;
    private final String reason;

    public Suppression(ProposedAction action, Guardrail guardrail, String reason) {
        this.action = action;
        this.guardrail = guardrail;
        this.reason = reason;
    }

    public ProposedAction getAction() {
        return action;
    }

    public Playbook getPlaybook() {
        return action.getPlaybook();
    }

    public Guardrail getGuardrail() {
        return guardrail;
    }

    public String getReason() {
        return reason;
    }
}
