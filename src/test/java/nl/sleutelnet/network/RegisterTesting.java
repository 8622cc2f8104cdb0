package nl.sleutelnet.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.sleutelnet.RowCounts;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Shared steps of the register tests: unique names, drafts, and a digest of every register table. */
final class RegisterTesting {

    private static final SplittableRandom RANDOM = new SplittableRandom();

    private RegisterTesting() {
    }

    /** A family name no other test uses, letters only ("Testvxkqa"). */
    static String uniqueName(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }

    /** A Dutch mobile number no other test uses, as typed ("06-12 34 56 78" style). */
    static String uniquePhone() {
        String digits = String.format("%08d", RANDOM.nextInt(100_000_000));
        return "06-" + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6) + " "
                + digits.substring(6);
    }

    static KeyFigureDraft draft(String givenName, String familyName) {
        return new KeyFigureDraft(givenName, null, familyName, null, null, "nl", ContactChannel.PHONE,
                List.of(RoleType.CONNECTOR), false, List.of(), List.of(), null);
    }

    /** {@link RowCounts} plus every register table of every demo municipality. */
    static Map<String, String> rows(JdbcClient jdbc) {
        Map<String, String> rows = new LinkedHashMap<>(RowCounts.of(jdbc));
        for (MunicipalityId municipality : DemoTenants.MUNICIPALITIES) {
            for (String table : List.of("key_figure_area", "key_figure_network_kind", "key_figure_share",
                    "key_figure_event")) {
                rows.put(table + " of " + municipality, CurrentTenant.callAs(municipality, () -> jdbc.sql(
                        "select count(*) || ' rows, digest ' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '-')"
                                + " from " + table + " t").query(String.class).single()));
            }
        }
        return rows;
    }

    static UUID staffId(JdbcClient jdbc, String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(UUID.class).single();
    }

    static String statusOf(JdbcClient jdbc, MunicipalityId municipality, UUID id) {
        return CurrentTenant.callAs(municipality, () -> jdbc.sql("select status from key_figure where id = ?")
                .param(id).query(String.class).single());
    }
}
