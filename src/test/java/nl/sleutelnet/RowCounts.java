package nl.sleutelnet;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Row counts and a digest of every row of the tables that bad input must never change, to show
 * that requests wrote nothing (no insert, update or delete). Key figures are read per
 * municipality, as each one (row-level security hides the others).
 */
public final class RowCounts {

    private RowCounts() {
    }

    public static Map<String, String> of(JdbcClient jdbc) {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("municipality", count(jdbc, "municipality"));
        counts.put("account", count(jdbc, "account"));
        counts.put("recovery_code", count(jdbc, "recovery_code"));
        for (MunicipalityId municipality : DemoTenants.MUNICIPALITIES) {
            counts.put("key_figure of " + municipality,
                    CurrentTenant.callAs(municipality, () -> count(jdbc, "key_figure")));
        }
        return counts;
    }

    private static String count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) || ' rows, digest ' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '-')"
                + " from " + table + " t").query(String.class).single();
    }
}
