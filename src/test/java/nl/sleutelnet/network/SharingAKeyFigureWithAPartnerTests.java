package nl.sleutelnet.network;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/** A coordinator shares a key figure with a partner professional of the municipality, and stops sharing. */
@SleutelnetTest
class SharingAKeyFigureWithAPartnerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureService keyFigures;

    @Test
    void shares_with_a_partner_who_then_sees_the_key_figure_and_stops_sharing_again() throws Exception {
        UUID partner = RegisterTesting.staffId(jdbc, "partner@maasoever.demo");
        String family = RegisterTesting.uniqueName("Deel");
        KeyFigureId id = CurrentTenant.callAs(DemoTenants.MAASOEVER,
                () -> keyFigures.register(RegisterTesting.draft("Mila", family)));

        String page = mvc.perform(get("/sleutelfiguren/" + id).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Met geen enkele partner gedeeld".substring(4), "<option value=\"" + partner + "\">Ilse de Wit</option>");

        MockHttpServletResponse shared = share(id, partner.toString(), "/delen");
        assertThat(shared.getStatus()).isEqualTo(302);
        assertThat(visibleTo(partner, family)).isTrue();
        assertThat(audits(id, "SHARED")).isEqualTo(1);
        String after = mvc.perform(get("/sleutelfiguren/" + id).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Stoppen met delen met Ilse de Wit", "Gedeeld met partner");

        assertThat(share(id, partner.toString(), "/delen/stoppen").getStatus()).isEqualTo(302);
        assertThat(visibleTo(partner, family)).isFalse();
        assertThat(audits(id, "UNSHARED")).isEqualTo(1);
    }

    @Test
    void shares_only_with_active_partners_of_the_own_municipality_and_never_an_ended_key_figure() throws Exception {
        UUID coordinator = RegisterTesting.staffId(jdbc, "coordinator@maasoever.demo");
        UUID foreign = RegisterTesting.staffId(jdbc, "coordinator@waalbergen.demo");
        KeyFigureId id = CurrentTenant.callAs(DemoTenants.MAASOEVER,
                () -> keyFigures.register(RegisterTesting.draft("Mila", RegisterTesting.uniqueName("Deel"))));
        Map<String, String> before = RegisterTesting.rows(jdbc);

        for (String account : new String[] { coordinator.toString(), foreign.toString(), "", "niemand",
                UUID.randomUUID().toString() }) {
            MockHttpServletResponse refused = share(id, account, "/delen");
            assertThat(refused.getStatus()).as(account).isEqualTo(400);
            assertThat(refused.getContentAsString()).contains("Kies een partner uit de lijst.");
        }
        assertThat(RegisterTesting.rows(jdbc)).isEqualTo(before);

        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> keyFigures.changeStatus(id,
                new StatusChange(KeyFigureStatus.ENDED, 0, EndReason.NO_TIME, null, true)));
        UUID partner = RegisterTesting.staffId(jdbc, "partner@maasoever.demo");
        assertThat(share(id, partner.toString(), "/delen").getContentAsString())
                .contains("Een beëindigde sleutelfiguur kunt u niet meer delen.");
        assertThat(mvc.perform(post("/sleutelfiguren/" + id + "/delen").with(as(Role.CONCERN_HANDLER,
                DemoTenants.MAASOEVER)).with(csrf()).param("partner", partner.toString())).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    @Test
    void the_register_section_of_the_personal_data_download_names_what_is_recorded() {
        UUID coordinator = RegisterTesting.staffId(jdbc, "coordinator@maasoever.demo");
        String family = RegisterTesting.uniqueName("Inzage");
        KeyFigureDraft draft = new KeyFigureDraft("Mila", "de", family, "mila@voorbeeld.demo", "0612345678", "ar",
                ContactChannel.EMAIL, List.of(RoleType.REPRESENTATIVE), true, List.of("WK990101"), List.of("WOMEN"),
                null);
        KeyFigureId id = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> keyFigures.register(draft));
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> keyFigures.arrangeContact(id, coordinator, null, 30));

        List<PersonalDataContributor> contributors = List.of(personalData);
        Map<String, Object> data = CurrentTenant.callAs(DemoTenants.MAASOEVER,
                () -> contributors.get(0).personalDataOf(id)).get(0);

        assertThat(contributors.get(0).section()).isEqualTo("sleutelfiguur");
        assertThat(data).containsEntry("voornaam", "Mila").containsEntry("tussenvoegsel", "de")
                .containsEntry("achternaam", family).containsEntry("telefoon", "+31612345678")
                .containsEntry("voorkeurskanaal", "E-mail").containsEntry("gebieden", List.of("Centrum (WK990101)"))
                .containsEntry("netwerken", List.of("Vrouwen")).containsEntry("rollen", List.of("Vertegenwoordiger"))
                .containsEntry("status", "Kandidaat").containsEntry("contactpersoon", "Noor Verhoeven");
    }

    @Autowired
    RegisterPersonalData personalData;

    private MockHttpServletResponse share(KeyFigureId id, String account, String action) throws Exception {
        return mvc.perform(post("/sleutelfiguren/" + id + action).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))
                .with(csrf()).param("partner", account)).andReturn().getResponse();
    }

    private boolean visibleTo(UUID partner, String family) {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> keyFigures.search(
                KeyFigureSearch.byName(family).sharedWith(partner), new PageRequest(1, 10)).total() == 1);
    }

    private long audits(KeyFigureId id, String action) {
        return jdbc.sql("select count(*) from audit_event where action = ? and record_id = ?")
                .params(action, id.value()).query(Long.class).single();
    }
}
