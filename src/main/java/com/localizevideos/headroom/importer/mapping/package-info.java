/**
 * Column mappings from CSV exports to Contract v1, one class per kind of export. The column layout is that of the
 * RavenStack dataset, the reference example: "RavenStack Synthetic SaaS Dataset" by River @ Rivalytics (published on
 * Kaggle as {@code rivalytics/saas-subscription-and-churn-analytics-dataset}; fully synthetic, free to use with
 * attribution). The README section "Importing CSV exports" documents every mapping decision.
 */
package com.localizevideos.headroom.importer.mapping;
