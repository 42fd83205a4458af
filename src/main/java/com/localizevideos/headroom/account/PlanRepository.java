package com.localizevideos.headroom.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Reads the plan catalog. */
@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, String> {

    /** The catalog row of a plan code such as {@code PRO}; empty if the code is not in the catalog. */
    public Optional<Plan> findByCode(String code) {
        return code == null ? Optional.empty() : findByIdOptional(code);
    }
}
