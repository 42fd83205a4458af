package com.localizevideos.headroom.fact;

/** The numbers of one guardrail (a row of the guardrails table); a guardrail without its row does not hold anything. */
public class GuardrailSetting {
    private final Guardrail guardrail;
    private double threshold;
    private int days;
    private double base;

    public GuardrailSetting(Guardrail guardrail) {
        this.guardrail = guardrail;
    }

    public Guardrail getGuardrail() { return guardrail; }
    /** The guardrail's threshold: minimum signals, lowest acceptable CSAT, usage fall (0.4 = 40%), open tickets. */
    public double getThreshold() { return threshold; }
    public void setThreshold(double threshold) { this.threshold = threshold; }
    /** The window or cool-down in days. */
    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }
    /** The smallest base a relative threshold is judged on (minutes in the earlier period for usage falls). */
    public double getBase() { return base; }
    public void setBase(double base) { this.base = base; }
}
