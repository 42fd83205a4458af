package com.localizevideos.headroom.importer.mapping;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import com.localizevideos.headroom.observation.Metric;

/**
 * feature_usage.csv → one {@code feature_use} observation per row: dimension {@code feature_name}, value
 * {@code usage_count}, observed at {@code usage_date} 12:00 UTC, for the account of {@code subscription_id} (so
 * subscriptions are imported first). The id is {@code <source>:<subscription_id>:<usage_id>:feature_use}: RavenStack
 * reuses 21 of its random 6-hex usage ids for different rows, and the subscription keeps them apart.
 * {@code error_count} is not imported (errors are not retries after throttling, the only retry the vocabulary has),
 * nor are {@code usage_duration_secs} and {@code is_beta_feature}. Column layout of the RavenStack dataset
 * ("RavenStack Synthetic SaaS Dataset" by River @ Rivalytics, Kaggle, used with attribution).
 */
public final class FeatureUsageMapping implements CsvMapping<ObservationRow> {

    private static final LocalTime NOON = LocalTime.NOON;
    private static final int MAX_OBSERVATION_ID = 128;

    @Override
    public String kind() {
        return "feature-usage";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("usage_id", "subscription_id", "usage_date", "feature_name", "usage_count");
    }

    @Override
    public Mapped<ObservationRow> map(CsvRow row, String source) {
        Cells cells = new Cells(row);
        String usageId = cells.id("usage_id");
        String subscriptionId = cells.id("subscription_id");
        LocalDate day = cells.date("usage_date");
        String feature = cells.text("feature_name", 128);
        Double count = cells.number("usage_count", 0, 1e12);
        String id = source + ":" + subscriptionId + ":" + usageId + ":feature_use";
        if (usageId != null && subscriptionId != null && id.length() > MAX_OBSERVATION_ID) {
            cells.reject("the observation id " + id.length() + " characters long that usage_id and subscription_id"
                    + " make is longer than " + MAX_OBSERVATION_ID + "; shorten them");
        }
        return Mapped.of(row, "usage_id", cells, () -> ObservationRow.ofSubscription(source, subscriptionId,
                List.of(new ObservationRow.Draft(id, Metric.FEATURE_USE, feature, count,
                        day.atTime(NOON).toInstant(ZoneOffset.UTC), source))));
    }
}
