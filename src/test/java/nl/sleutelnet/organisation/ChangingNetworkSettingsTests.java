package nl.sleutelnet.organisation;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/** The coordinator or administrator keeps the lists of network kinds and areas; codes are checked, beliefs protected. */
@SleutelnetTest
class ChangingNetworkSettingsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** Other tests count areas and kinds of the demo municipality: leave them as they were. */
    @AfterEach
    void removeWhatThisTestAdded() {
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> {
            jdbc.sql("delete from area where code in ('BU99010901', 'WK990109')").update();
            jdbc.sql("delete from network_kind where code = 'SENIOREN'").update();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            WK99010         | Een CBS-code is WK met 6 cijfers
            BU9901010       | Een CBS-code is WK met 6 cijfers
            GM9901          | Een CBS-code is WK met 6 cijfers
            WK 990101       | Een CBS-code is WK met 6 cijfers
            WK990201        | Deze code hoort bij een andere gemeente
            BU99019901      | De wijk van deze buurt bestaat nog niet
            WK990101        | Deze wijk of buurt bestaat al
            """)
    void a_wrong_cbs_code_is_refused_with_the_reason(String code, String reason) throws Exception {
        String before = OrganisationFixtures.digest(jdbc);

        MockHttpServletResponse response = mvc.perform(post("/instellingen/netwerk/gebieden")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf()).param("gebiedscode", code)
                .param("gebiedsnaam", "Nieuwe wijk")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains(reason, "Controleer het formulier");
        assertThat(OrganisationFixtures.digest(jdbc)).isEqualTo(before);
    }

    @Test
    void an_administrator_adds_a_wijk_and_then_a_buurt_in_it_and_renames_it() throws Exception {
        MockHttpServletResponse wijk = mvc.perform(post("/instellingen/netwerk/gebieden")
                .with(as(Role.ADMINISTRATOR, DemoTenants.MAASOEVER)).with(csrf()).param("gebiedscode", "wk990109")
                .param("gebiedsnaam", "Nieuwbouw")).andReturn().getResponse();
        MockHttpServletResponse buurt = mvc.perform(post("/instellingen/netwerk/gebieden")
                .with(as(Role.ADMINISTRATOR, DemoTenants.MAASOEVER)).with(csrf()).param("gebiedscode", "BU99010901")
                .param("gebiedsnaam", "Nieuwbouw-Oost")).andReturn().getResponse();
        MockHttpServletResponse renamed = mvc.perform(post("/instellingen/netwerk/gebied")
                .with(as(Role.ADMINISTRATOR, DemoTenants.MAASOEVER)).with(csrf()).param("gebiedscode", "BU99010901")
                .param("gebiedsnaam", "Nieuwbouw-West")).andReturn().getResponse();

        assertThat(wijk.getStatus()).isEqualTo(302);
        assertThat(buurt.getStatus()).isEqualTo(302);
        assertThat(renamed.getStatus()).isEqualTo(302);
        assertThat(area("BU99010901")).isEqualTo("Nieuwbouw-West|WK990109");
        assertThat(mvc.perform(get("/instellingen/netwerk").with(as(Role.ADMINISTRATOR, DemoTenants.MAASOEVER)))
                .andReturn().getResponse().getContentAsString()).contains("Nieuwbouw-West", "WK990109");
    }

    @Test
    void a_kind_with_plain_links_cannot_become_sensitive_and_the_page_says_what_to_do() throws Exception {
        String before = OrganisationFixtures.digest(jdbc);

        MockHttpServletResponse response = mvc.perform(post("/instellingen/netwerk/soort")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf()).param("code", "YOUTH")
                .param("naamNl", "Jongeren").param("naamEn", "Youth").param("positie", "0").param("actief", "ja")
                .param("gevoelig", "ja")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Deze soort kan nog niet gevoelig worden",
                "Haal eerst die koppelingen weg");
        assertThat(OrganisationFixtures.digest(jdbc)).isEqualTo(before);
    }

    @Test
    void a_new_kind_without_links_can_be_renamed_ordered_deactivated_and_made_sensitive() throws Exception {
        MockHttpServletResponse added = mvc.perform(post("/instellingen/netwerk/soorten")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf()).param("code", "senioren")
                .param("naamNl", "Senioren").param("naamEn", "Seniors")).andReturn().getResponse();
        MockHttpServletResponse changed = mvc.perform(post("/instellingen/netwerk/soort")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf()).param("code", "SENIOREN")
                .param("naamNl", "Ouderen").param("naamEn", "Elderly").param("positie", "5").param("gevoelig", "ja"))
                .andReturn().getResponse();

        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(changed.getStatus()).isEqualTo(302);
        assertThat(kind("SENIOREN")).isEqualTo("Ouderen|Elderly|true|false|5");
    }

    @Test
    void the_faith_based_kind_stays_sensitive_and_bad_kinds_are_refused() throws Exception {
        String before = OrganisationFixtures.digest(jdbc);

        String faith = mvc.perform(post("/instellingen/netwerk/soort").with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))
                .with(csrf()).param("code", "FAITH_BASED").param("naamNl", "Levensbeschouwelijk")
                .param("naamEn", "Faith-based").param("positie", "80").param("actief", "ja")).andReturn().getResponse()
                .getContentAsString();
        MockHttpServletResponse bad = mvc.perform(post("/instellingen/netwerk/soorten")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf()).param("code", "1<script>")
                .param("naamNl", "").param("naamEn", "x".repeat(81))).andReturn().getResponse();
        MockHttpServletResponse taken = mvc.perform(post("/instellingen/netwerk/soorten")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf()).param("code", "YOUTH")
                .param("naamNl", "Jeugd").param("naamEn", "Youth")).andReturn().getResponse();
        MockHttpServletResponse position = mvc.perform(post("/instellingen/netwerk/soort")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf()).param("code", "SPORTS")
                .param("naamNl", "Sport").param("naamEn", "Sports").param("positie", "-1")).andReturn().getResponse();

        assertThat(faith).contains("blijft altijd gevoelig");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("De code bestaat uit 2 tot 40 hoofdletters",
                "Vul de Nederlandse naam in.", "De Engelse naam is te lang").doesNotContain("1<script>");
        assertThat(taken.getContentAsString()).contains("Deze code bestaat al.");
        assertThat(position.getContentAsString()).contains("heel getal van 0 tot en met 9999");
        assertThat(OrganisationFixtures.digest(jdbc)).isEqualTo(before);
    }

    private String area(String code) {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc
                .sql("select name || '|' || parent_code from area where code = ?").param(code).query(String.class).single());
    }

    private String kind(String code) {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql(
                "select name_nl || '|' || name_en || '|' || sensitive || '|' || active || '|' || position from network_kind where code = ?")
                .param(code).query(String.class).single());
    }
}
