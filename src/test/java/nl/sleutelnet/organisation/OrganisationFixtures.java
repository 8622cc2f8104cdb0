package nl.sleutelnet.organisation;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Rows the tests of this package start from: a fresh key figure, the demo organisations. */
final class OrganisationFixtures {

    static final UUID PORTAL_KEY_FIGURE = UUID.fromString("00000000-0000-4000-8000-000000000101");

    private OrganisationFixtures() {
    }

    /** A new key figure in Maasoever, so that a test's links do not meet another test's. */
    static UUID newKeyFigure(KeyFigureService keyFigures, String familyName) {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> keyFigures.register(new KeyFigureDraft("Test",
                null, familyName, null, null, "nl", null, List.of(), false, List.of(), List.of(), null))).value();
    }

    /** Removes a key figure made by {@link #newKeyFigure} (and with it its links), so that counts elsewhere hold. */
    static void removeKeyFigure(JdbcClient jdbc, UUID keyFigure) {
        CurrentTenant.runAs(DemoTenants.MAASOEVER,
                () -> jdbc.sql("delete from key_figure where id = ?").param(keyFigure).update());
    }

    /** The demo organisation of the given kind in the municipality. */
    static UUID organisationOfKind(JdbcClient jdbc, MunicipalityId municipality, String kind) {
        return CurrentTenant.callAs(municipality, () -> jdbc
                .sql("select id from organisation where kind_code = ? order by name limit 1").param(kind)
                .query(UUID.class).single());
    }

    static String nameOf(JdbcClient jdbc, UUID organisation) {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql("select name from organisation where id = ?")
                .param(organisation).query(String.class).single());
    }

    /** Count and digest of every row of this package's tables in both demo municipalities. */
    static String digest(JdbcClient jdbc) {
        StringBuilder out = new StringBuilder();
        for (MunicipalityId municipality : List.of(DemoTenants.MAASOEVER, DemoTenants.WAALBERGEN)) {
            for (String table : List.of("organisation", "affiliation", "network_kind", "area", "consent_text")) {
                out.append(table).append(' ').append(CurrentTenant.callAs(municipality, () -> jdbc.sql(
                        "select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '-') from "
                                + table + " t").query(String.class).single())).append('\n');
            }
        }
        return out.toString();
    }
}
