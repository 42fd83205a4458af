package com.localizevideos.headroom.report;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;

import com.localizevideos.headroom.security.Roles;

/**
 * {@code GET /api/v1/reports/...}: the dashboards as JSON. Each takes {@code from} (inclusive) and {@code to}
 * (exclusive) dates, {@code plan}, {@code segment} and {@code region} ({@link ReportQuery}); bad parameters are a 400
 * naming each.
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
    public ConversionBySignalView conversionBySignal(@BeanParam ReportQuery query) {
        return reports.conversionBySignal(filter(query));
    }

    @GET
    @Path("/conversion-by-rule")
    public ConversionByRuleView conversionByRule(@BeanParam ReportQuery query, @RestQuery String rulesetVersion) {
        ReportParams params = new ReportParams(clock, query);
        String version = params.text("rulesetVersion", rulesetVersion);
        params.check();
        return reports.conversionByRule(params.filter(), version);
    }

    @GET
    @Path("/time-to-expansion")
    public TimeToExpansionView timeToExpansion(@BeanParam ReportQuery query) {
        return reports.timeToExpansion(filter(query));
    }

    @GET
    @Path("/uplift-by-cohort")
    public UpliftView upliftByCohort(@BeanParam ReportQuery query, @RestQuery String by, @RestQuery String horizonDays) {
        ReportParams params = new ReportParams(clock, query);
        String cohort = params.oneOf("by", by, "plan", UPLIFT_COHORTS);
        int horizon = params.intIn("horizonDays", horizonDays, 90, 1, 730);
        params.check();
        return reports.upliftByCohort(params.filter(), cohort, horizon);
    }

    @GET
    @Path("/churn-impact")
    public ChurnImpactView churnImpact(@BeanParam ReportQuery query) {
        return reports.churnImpact(filter(query));
    }

    @GET
    @Path("/nrr")
    public NrrView nrr(@BeanParam ReportQuery query, @RestQuery String by) {
        ReportParams params = new ReportParams(clock, query);
        String cohort = params.oneOf("by", by, "plan", NRR_COHORTS);
        params.check();
        return reports.nrr(params.filter(), cohort);
    }

    @GET
    @Path("/pipeline")
    public PipelineView pipeline(@BeanParam ReportQuery query) {
        return reports.pipeline(filter(query));
    }

    @GET
    @Path("/forecast-accuracy")
    public ForecastAccuracyView forecastAccuracy(@BeanParam ReportQuery query) {
        return reports.forecastAccuracy(filter(query));
    }

    @GET
    @Path("/growth-efficiency")
    public GrowthEfficiencyView growthEfficiency(@BeanParam ReportQuery query) {
        return reports.growthEfficiency(filter(query));
    }

    /** The filters of a report that takes no parameter of its own, checked: a 400 names each bad parameter. */
    private ReportFilter filter(ReportQuery query) {
        ReportParams params = new ReportParams(clock, query);
        params.check();
        return params.filter();
    }
}
