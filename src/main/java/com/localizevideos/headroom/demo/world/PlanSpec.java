package com.localizevideos.headroom.demo.world;

/** The plan catalog defaults of DESIGN.md, as the generator needs them. */
enum PlanSpec {
    STARTER(49, 60, 3, 2, 0, 50, 2.00),
    PRO(199, 300, 10, 5, 60, 250, 1.50),
    BUSINESS(799, 1500, 30, 20, 300, 1000, 1.00),
    ENTERPRISE(3000, 10000, 200, 100, 1000, 10000, 0.50);

    final double monthlyPrice;
    final double minutes;
    final int languages;
    final int seats;
    final int apiPerMinute;
    final double storageGb;
    final double overagePerMinute;

    PlanSpec(double monthlyPrice, double minutes, int languages, int seats, int apiPerMinute, double storageGb,
             double overagePerMinute) {
        this.monthlyPrice = monthlyPrice;
        this.minutes = minutes;
        this.languages = languages;
        this.seats = seats;
        this.apiPerMinute = apiPerMinute;
        this.storageGb = storageGb;
        this.overagePerMinute = overagePerMinute;
    }

    /** The next plan up, or null at the top. */
    PlanSpec next() {
        return this == ENTERPRISE ? null : values()[ordinal() + 1];
    }
}
