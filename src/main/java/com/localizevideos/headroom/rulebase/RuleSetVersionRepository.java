package com.localizevideos.headroom.rulebase;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored rule-set versions. */
@ApplicationScoped
public class RuleSetVersionRepository implements PanacheRepositoryBase<RuleSetVersion, String> {
}
