package com.localizevideos.headroom.report;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;

import com.localizevideos.headroom.security.Roles;

/**
 * {@code GET /api/v1/reports/...}: the dashboards as JSON. Each takes {@code from} (inclusive) and {@code to}
 * (exclusive) dates, {@code plan}, {@code segment} and {@code region}; bad parameters are a 400 naming each.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EXEC, Roles.GOVERNANCE, Roles.ADMIN})
public class ReportResource {
    private static final List<String> UPLIFT_COHORTS = List.of("plan", "segment", "region", "month");
    private static final List<String> NRR_COHORTS = List.of("plan", "segment", "region", "holdout");

    @Inject
    ReportService reports;

    @Inject
    Clock clock;

    @GET
    @Path("/conversion-by-signal")
    public ConversionBySignalView conversionBySignal(@RestQuery String from, @RestQuery String to,
                                                     @RestQuery String plan, @RestQuery String segment,
                                                     @RestQuery String region) {
        ReportParams params = new ReportParams(clock);
        ReportFilter filter = params.filter(from, to, plan, segment, region);
        params.check();
        return reports.conversionBySignal(filter);
    }

    @GET
    @Path("/conversion-by-rule")
    public ConversionByRuleView conversionByRule(@RestQuery String from, @RestQuery String to, @RestQuery String plan,
                                                 @RestQuery String segment, @RestQuery String region,
                                                 @RestQuery String rulesetVersion) {
        ReportParams params = new ReportParams(clock);
        ReportFilter filter = params.filter(from, to, plan, segment, region);
        String version = params.text("rulesetVersion", rulesetVersion);
        params.check();
        return reports.conversionByRule(filter, version);
    }

    @GET
    @Path("/time-to-expansion")
    public TimeToExpansionView timeToExpansion(@RestQuery String from, @RestQuery String to, @RestQuery String plan,
                                               @RestQuery String segment, @RestQuery String region) {
        ReportParams params = new ReportParams(clock);
        ReportFilter filter = params.filter(from, to, plan, segment, region);
        params.check();
        return reports.timeToExpansion(filter);
    }

    @GET
    @Path("/uplift-by-cohort")
    public UpliftView upliftByCohort(@RestQuery String from, @RestQuery String to, @RestQuery String plan,
                                     @RestQuery String segment, @RestQuery String region, @RestQuery String by,
                                     @RestQuery String horizonDays) {
        ReportParams params = new ReportParams(clock);
        ReportFilter filter = params.filter(from, to, plan, segment, region);
        String cohort = params.oneOf("by", by, "plan", UPLIFT_COHORTS);
        int horizon = params.intIn("horizonDays", horizonDays, 90, 1, 730);
        params.check();
        return reports.upliftByCohort(filter, cohort, horizon);
    }

    @GET
    @Path("/churn-impact")
    public ChurnImpactView churnImpact(@RestQuery String from, @RestQuery String to, @RestQuery String plan,
                                       @RestQuery String segment, @RestQuery String region) {
        ReportParams params = new ReportParams(clock);
        ReportFilter filter = params.filter(from, to, plan, segment, region);
        params.check();
        return reports.churnImpact(filter);
    }

    @GET
    @Path("/nrr")
    public NrrView nrr(@RestQuery String from, @RestQuery String to, @RestQuery String plan, @RestQuery String segment,
                       @RestQuery String region, @RestQuery String by) {
        ReportParams params = new ReportParams(clock);
        ReportFilter filter = params.filter(from, to, plan, segment, region);
        String cohort = params.oneOf("by", by, "plan", NRR_COHORTS);
        params.check();
        return reports.nrr(filter, cohort);
    }

    @GET
    @Path("/pipeline")
    public PipelineView pipeline(@RestQuery String from, @RestQuery String to, @RestQuery String plan,
                                 @RestQuery String segment, @RestQuery String region) {
        ReportParams params = new ReportParams(clock);
        ReportFilter filter = params.filter(from, to, plan, segment, region);
        params.check();
        return reports.pipeline(filter);
    }

    @GET
    @Path("/forecast-accuracy")
    public ForecastAccuracyView forecastAccuracy(@RestQuery String from, @RestQuery String to, @RestQuery String plan,
                                                 @RestQuery String segment, @RestQuery String region) {
        ReportParams params = new ReportParams(clock);
        ReportFilter filter = params.filter(from, to, plan, segment, region);
        params.check();
        return reports.forecastAccuracy(filter);
    }

    @GET
    @Path("/growth-efficiency")
    public GrowthEfficiencyView growthEfficiency(@RestQuery String from, @RestQuery String to, @RestQuery String plan,
                                                 @RestQuery String segment, @RestQuery String region) {
        ReportParams params = new ReportParams(clock);
        ReportFilter filter = params.filter(from, to, plan, segment, region);
        params.check();
        return reports.growthEfficiency(filter);
    }
}
