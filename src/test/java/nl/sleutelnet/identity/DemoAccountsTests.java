package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Every demo account has a name of its own, so no two people look the same in lists and logs. */
@SleutelnetTest
class DemoAccountsTests {

    /** The demo accounts the README lists (staff and the portal's key figure). */
    private static final List<String> DEMO = List.of("coordinator@maasoever.demo", "zorg@maasoever.demo",
            "zorg2@maasoever.demo", "zorg@waalbergen.demo", "partner@maasoever.demo", "onderzoeker@maasoever.demo",
            "fg@maasoever.demo", "beheerder@maasoever.demo", "coordinator@waalbergen.demo", "coordinator@lingedonk.demo",
            "wijkteam@lingedonk.demo", "analist@regio.demo", "platform@sleutelnet.demo", "sleutelfiguur@maasoever.demo");

    @Autowired
    DataSource dataSource;

    @Test
    void no_two_demo_accounts_share_a_display_name() {
        Map<String, String> nameOf = new HashMap<>();
        for (MunicipalityId municipality : List.of(DemoTenants.MAASOEVER, DemoTenants.WAALBERGEN, DemoTenants.LINGEDONK)) {
            CurrentTenant.callAs(municipality, () -> {
                JdbcClient.create(dataSource).sql("select username, display_name from account where username = any(:names)")
                        .param("names", DEMO.toArray(String[]::new))
                        .query((row, n) -> nameOf.put(row.getString(1), row.getString(2))).list();
                return null;
            });
        }
        assertThat(nameOf).containsOnlyKeys(DEMO);
        assertThat(nameOf.values()).doesNotHaveDuplicates();
    }
}
