package nl.sleutelnet.network;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.privacy.DataSubject;
import nl.sleutelnet.privacy.PersonalDataContributor;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

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
        // A demo key figure of Maasoever (the demo partner works there), left as it was found.
        Map<String, Object> demo = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql("""
                select k.id, k.family_name from key_figure k where k.status <> 'ENDED' and not exists (
                    select 1 from key_figure_share s where s.key_figure_id = k.id and s.account_id = ?)
                order by k.id limit 1""").param(partner).query().singleRow());
        KeyFigureId id = new KeyFigureId((UUID) demo.get("id"));
        String family = (String) demo.get("family_name");
        boolean visibleBefore = visibleTo(partner, id);

        String page = mvc.perform(get("/sleutelfiguren/" + id).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<option value=\"" + partner + "\">Ilse de Wit</option>");

        MockHttpServletResponse shared = share(DemoTenants.MAASOEVER, id, partner.toString(), "/delen");
        assertThat(shared.getStatus()).isEqualTo(302);
        assertThat(visibleTo(partner, id)).isTrue();
        assertThat(audits(id, "SHARED")).isEqualTo(1);
        String after = mvc.perform(get("/sleutelfiguren/" + id).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Stoppen met delen met Ilse de Wit", "Gedeeld met partner", family);

        assertThat(share(DemoTenants.MAASOEVER, id, partner.toString(), "/delen/stoppen").getStatus()).isEqualTo(302);
        assertThat(visibleTo(partner, id)).isEqualTo(visibleBefore).isFalse();
        assertThat(audits(id, "UNSHARED")).isEqualTo(1);
    }

    @Test
    void shares_only_with_active_partners_of_the_own_municipality_and_never_an_ended_key_figure() throws Exception {
        String token = RegisterTesting.uniqueName("Partner");
        UUID partner = CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> accounts.createStaff(DemoTenants.LINGEDONK,
                token.toLowerCase() + "@lingedonk.test", "Partner " + token, "Partner-Lingedonk-2026!",
                Set.of(Role.PARTNER)));
        UUID coordinator = RegisterTesting.staffId(jdbc, "coordinator@lingedonk.demo");
        UUID foreign = RegisterTesting.staffId(jdbc, "partner@maasoever.demo");
        KeyFigureId id = CurrentTenant.callAs(DemoTenants.LINGEDONK,
                () -> keyFigures.register(RegisterTesting.draft("Mila", RegisterTesting.uniqueName("Deel"))));
        Map<String, String> before = RegisterTesting.rows(jdbc);

        for (String account : new String[] { coordinator.toString(), foreign.toString(), "", "niemand",
                UUID.randomUUID().toString() }) {
            MockHttpServletResponse refused = share(DemoTenants.LINGEDONK, id, account, "/delen");
            assertThat(refused.getStatus()).as(account).isEqualTo(400);
            assertThat(refused.getContentAsString()).contains("Kies een partner uit de lijst.");
        }
        assertThat(RegisterTesting.rows(jdbc)).isEqualTo(before);

        CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> keyFigures.changeStatus(id,
                new StatusChange(KeyFigureStatus.ENDED, 0, EndReason.NO_TIME, null, true)));
        assertThat(share(DemoTenants.LINGEDONK, id, partner.toString(), "/delen").getContentAsString())
                .contains("Een beëindigde sleutelfiguur kunt u niet meer delen.");
        assertThat(mvc.perform(post("/sleutelfiguren/" + id + "/delen").with(as(Role.CONCERN_HANDLER,
                DemoTenants.LINGEDONK)).with(csrf()).param("partner", partner.toString())).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(visibleTo(DemoTenants.LINGEDONK, partner, id)).isFalse();
    }

    @Test
    void the_register_section_of_the_personal_data_download_names_what_is_recorded() {
        UUID coordinator = RegisterTesting.staffId(jdbc, "coordinator@lingedonk.demo");
        String family = RegisterTesting.uniqueName("Inzage");
        KeyFigureDraft draft = new KeyFigureDraft("Mila", "de", family, "mila@voorbeeld.demo", "0612345678", "ar",
                ContactChannel.EMAIL, List.of(RoleType.REPRESENTATIVE), true, List.of("WK990301"), List.of("WOMEN"),
                null);
        KeyFigureId id = CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> keyFigures.register(draft));
        CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> keyFigures.arrangeContact(id, coordinator, null, 30));

        List<PersonalDataContributor> contributors = List.of(personalData);
        Map<String, Object> data = CurrentTenant.callAs(DemoTenants.LINGEDONK,
                () -> contributors.get(0).personalDataOf(DataSubject.keyFigure(id.value())).asMaps()).get(0);

        assertThat(contributors.get(0).section()).isEqualTo("sleutelfiguur");
        assertThat(data).containsEntry("voornaam", "Mila").containsEntry("tussenvoegsel", "de")
                .containsEntry("achternaam", family).containsEntry("telefoon", "+31612345678")
                .containsEntry("voorkeurskanaal", "E-mail").containsEntry("gebieden", List.of("Centrum (WK990301)"))
                .containsEntry("netwerken", List.of("Vrouwen")).containsEntry("rollen", List.of("Vertegenwoordiger"))
                .containsEntry("status", "Kandidaat").containsEntry("contactpersoon", staffName(coordinator));
    }

    @Autowired
    RegisterPersonalData personalData;

    @Autowired
    AccountService accounts;

    private MockHttpServletResponse share(MunicipalityId municipality, KeyFigureId id, String account, String action)
            throws Exception {
        return mvc.perform(post("/sleutelfiguren/" + id + action).with(as(Role.COORDINATOR, municipality))
                .with(csrf()).param("partner", account)).andReturn().getResponse();
    }

    private boolean visibleTo(UUID partner, KeyFigureId id) {
        return visibleTo(DemoTenants.MAASOEVER, partner, id);
    }

    /** What a partner sees: the register filtered to what is shared with them. */
    private boolean visibleTo(MunicipalityId municipality, UUID partner, KeyFigureId id) {
        return CurrentTenant.callAs(municipality, () -> keyFigures.search(
                new KeyFigureSearch(null, null, null, null, null, null, false, null, null).sharedWith(partner),
                new PageRequest(1, PageRequest.MAX_SIZE)).items().stream().anyMatch(k -> k.id().equals(id)));
    }

    private String staffName(UUID id) {
        return jdbc.sql("select display_name from account where id = ?").param(id).query(String.class).single();
    }

    private long audits(KeyFigureId id, String action) {
        return jdbc.sql("select count(*) from audit_event where action = ? and record_id = ?")
                .params(action, id.value()).query(Long.class).single();
    }
}
