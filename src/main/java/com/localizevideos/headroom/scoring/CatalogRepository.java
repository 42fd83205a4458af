package com.localizevideos.headroom.scoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads the plan catalog and add-on prices once; they are data edited by migration, so a restart picks up a change. */
@ApplicationScoped
public class CatalogRepository {
    @Inject
    DataSource dataSource;

    private volatile Catalog catalog;

    public Catalog catalog() {
        Catalog c = catalog;
        if (c == null) {
            c = load();
            catalog = c;
        }
        return c;
    }

    private Catalog load() {
        Map<String, Catalog.PlanPrice> plans = new LinkedHashMap<>();
        Map<String, Catalog.AddOnPrice> addOns = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    select code, monthly_price_usd, minutes_quota, languages_limit, seats_included, api_requests_per_minute
                      from plan order by monthly_price_usd""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plans.put(rs.getString(1), new Catalog.PlanPrice(rs.getString(1), rs.getDouble(2), rs.getInt(3),
                            rs.getInt(4), rs.getInt(5), rs.getInt(6)));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select code, name, monthly_price_usd, unit from add_on order by code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    addOns.put(rs.getString(1), new Catalog.AddOnPrice(rs.getString(1), rs.getString(2), rs.getDouble(3),
                            rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the plan catalog", e);
        }
        return new Catalog(Map.copyOf(plans), Map.copyOf(addOns));
    }
}
