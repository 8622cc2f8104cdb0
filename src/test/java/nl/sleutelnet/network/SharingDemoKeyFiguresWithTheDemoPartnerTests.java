package nl.sleutelnet.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.AccountId;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/** The demo partner professional has key figures shared with them, so their one screen is not empty. */
@SleutelnetTest
class SharingDemoKeyFiguresWithTheDemoPartnerTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureService keyFigures;

    @Test
    void theDemoPartnerSeesAFewActiveDemoKeyFiguresButNotThePortalOne() {
        UUID partner = RegisterTesting.staffId(jdbc, "partner@maasoever.demo");

        List<UUID> shared = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql("""
                select s.key_figure_id from key_figure_share s join key_figure k
                  on k.municipality_id = s.municipality_id and k.id = s.key_figure_id
                where s.account_id = ? and k.status = 'ACTIVE'""").param(partner).query(UUID.class).list());

        assertThat(shared).hasSizeGreaterThanOrEqualTo(NetworkDemoData.SHARED_WITH_PARTNERS)
                .doesNotContain(NetworkDemoData.PORTAL_KEY_FIGURE);
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> assertThat(shared)
                .allMatch(id -> keyFigures.isSharedWith(new KeyFigureId(id), new AccountId(partner))));
    }
}
