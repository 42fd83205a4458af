package com.localizevideos.headroom.fact;

/** An expansion signal derived by a rule: what was seen, how strongly, and evidence a salesperson can read aloud. */
public class Signal {
    private final SignalCode code;
    private final double strength;
    private final String evidence;

    public Signal(SignalCode code, double strength, String evidence) {
        this.code = code;
        this.strength = Scale.clamp(strength);
        this.evidence = evidence;
    }

    public SignalCode getCode() {
        return code;
    }

    public SignalFamily getFamily() {
        return code.family();
    }

    public double getStrength() {
        return strength;
    }

    public String getEvidence() {
        return evidence;
    }

    @Override
    public String toString() {
        return code + "(" + strength + ")";
    }
}
