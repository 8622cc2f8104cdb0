package nl.sleutelnet.portal.web;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;
import nl.sleutelnet.portal.PortalFixtures;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.portal.PortalFixtures.Person;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * A key figure asks for a correction (the coordinator handles it) and for erasure (the privacy
 * officer of the same municipality tracks it); the key figure follows the status in the portal.
 */
@SleutelnetTest
class AskingForCorrectionAndErasureTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    Person me;
    Cookie session;
    PortalFixtures fixtures;

    @BeforeEach
    void keyFigureLoggedIn() throws Exception {
        fixtures = new PortalFixtures(keyFigures, accounts, jdbc);
        me = Person.fresh();
        session = PortalFixtures.logIn(mvc, fixtures.keyFigureWithAccount(DemoTenants.MAASOEVER, me),
                PortalFixtures.PASSWORD);
    }


    @AfterEach
    void removeTestKeyFigures() {
        fixtures.cleanUp();
    }

    @Test
    void a_correction_request_is_stored_encrypted_handled_by_the_coordinator_and_its_outcome_shown() throws Exception {
        String explanation = "Mijn nummer eindigt op 4711, niet op 4712.";
        MockHttpServletResponse filed = mvc.perform(post("/portaal/gegevens/correctie").param("velden", "PHONE", "AREAS")
                .param("toelichting", explanation).with(csrf()).cookie(session)).andReturn().getResponse();
        assertThat(filed.getRedirectedUrl()).isEqualTo("/portaal/gegevens");

        UUID id = single("select id from correction_request where key_figure_id = " + keyFigureIdSql());
        String stored = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql(
                "select explanation from correction_request where id = ?").param(id).query(String.class).single());
        assertThat(stored).startsWith("v1:").doesNotContain("4711");
        assertThat(fixtures.auditRows("REQUEST_FILED", id)).isEqualTo(1);
        assertThat(portal("/portaal/gegevens")).contains("Correctie", "In behandeling");

        String list = mvc.perform(get("/verzoeken/correcties").with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(me.displayName(), explanation, "Telefoonnummer", "Wijken en buurten");
        assertThat(mvc.perform(get("/verzoeken/correcties").with(as(Role.COORDINATOR, DemoTenants.WAALBERGEN)))
                .andReturn().getResponse().getContentAsString()).doesNotContain(me.displayName());
        assertThat(mvc.perform(post("/verzoeken/correcties/" + id + "/afhandelen").param("uitkomst", "CORRECTED")
                .with(csrf()).with(as(Role.COORDINATOR, DemoTenants.WAALBERGEN))).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        MockHttpServletResponse noOutcome = mvc.perform(post("/verzoeken/correcties/" + id + "/afhandelen")
                .with(csrf()).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))).andReturn().getResponse();
        assertThat(noOutcome.getStatus()).isEqualTo(400);
        assertThat(noOutcome.getContentAsString()).contains("Kies een uitkomst");

        assertThat(mvc.perform(post("/verzoeken/correcties/" + id + "/afhandelen").param("uitkomst", "CORRECTED")
                .with(csrf()).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/verzoeken/correcties");
        assertThat(fixtures.auditRows("REQUEST_HANDLED", id)).isEqualTo(1);
        assertThat(portal("/portaal/gegevens")).contains("Afgehandeld", "Aangepast");
    }

    @Test
    void a_correction_needs_a_field_and_a_short_plain_explanation() throws Exception {
        for (var request : java.util.List.of(
                post("/portaal/gegevens/correctie").param("toelichting", "zonder veld"),
                post("/portaal/gegevens/correctie").param("velden", "RELIGION"),
                post("/portaal/gegevens/correctie").param("velden", "NAME").param("toelichting", "x".repeat(501)))) {
            MockHttpServletResponse response = mvc.perform(request.with(csrf()).cookie(session)).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("Controleer het formulier");
        }
        assertThat(count("correction_request")).isZero();
    }

    @Test
    void an_erasure_request_reaches_the_privacy_officer_of_the_same_municipality_only() throws Exception {
        MockHttpServletResponse unconfirmed = mvc.perform(post("/portaal/verwijderverzoek").param("reden", "OTHER")
                .with(csrf()).cookie(session)).andReturn().getResponse();
        assertThat(unconfirmed.getStatus()).isEqualTo(400);
        assertThat(unconfirmed.getContentAsString()).contains("Vink aan");
        assertThat(count("data_subject_request")).isZero();

        assertThat(mvc.perform(post("/portaal/verwijderverzoek").param("bevestiging", "ja")
                .param("reden", "NO_LONGER_ACTIVE").with(csrf()).cookie(session)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/portaal/verwijderverzoek");
        UUID id = single("select id from data_subject_request where key_figure_id = " + keyFigureIdSql());
        assertThat(fixtures.auditRows("REQUEST_FILED", id)).isEqualTo(1);
        assertThat(portal("/portaal/verwijderverzoek")).contains("Ontvangen");
        assertThat(mvc.perform(post("/portaal/verwijderverzoek").param("bevestiging", "ja").with(csrf()).cookie(session))
                .andReturn().getResponse().getContentAsString()).contains("al een verzoek om verwijdering");
        assertThat(count("data_subject_request")).isEqualTo(1);

        String own = officer(DemoTenants.MAASOEVER);
        assertThat(own).contains(me.displayName(), "Ik ben geen sleutelfiguur meer", "Correctieverzoeken");
        assertThat(officer(DemoTenants.WAALBERGEN)).doesNotContain(me.displayName());
        assertThat(mvc.perform(get("/start").with(as(Role.PRIVACY_OFFICER, DemoTenants.MAASOEVER))).andReturn()
                .getResponse().getContentAsString()).contains("verzoeken om verwijdering");

        assertThat(change(id, DemoTenants.WAALBERGEN, "IN_PROGRESS", null).getStatus()).isEqualTo(404);
        assertThat(change(id, DemoTenants.MAASOEVER, "IN_PROGRESS", null).getRedirectedUrl()).isEqualTo("/beheer/verzoeken");
        assertThat(portal("/portaal/verwijderverzoek")).contains("In behandeling");

        MockHttpServletResponse noReason = change(id, DemoTenants.MAASOEVER, "REFUSED", null);
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentAsString()).contains("Kies bij afwijzen een reden");
        assertThat(change(id, DemoTenants.MAASOEVER, "REFUSED", "LEGAL_OBLIGATION").getRedirectedUrl())
                .isEqualTo("/beheer/verzoeken");
        assertThat(fixtures.auditRows("REQUEST_HANDLED", id)).isEqualTo(1);
        assertThat(portal("/portaal/gegevens")).contains("Afgewezen", "De wet verplicht de gemeente");
        assertThat(change(id, DemoTenants.MAASOEVER, "HANDLED", null).getStatus()).as("closed stays closed").isEqualTo(400);
    }

    private MockHttpServletResponse change(UUID id, nl.sleutelnet.tenancy.MunicipalityId municipality, String status,
            String refusal) throws Exception {
        var request = post("/beheer/verzoeken/" + id + "/status").param("status", status);
        if (refusal != null) {
            request = request.param("weigerreden", refusal);
        }
        return mvc.perform(request.with(csrf()).with(as(Role.PRIVACY_OFFICER, municipality))).andReturn().getResponse();
    }

    private String officer(nl.sleutelnet.tenancy.MunicipalityId municipality) throws Exception {
        return mvc.perform(get("/beheer/verzoeken").with(as(Role.PRIVACY_OFFICER, municipality))).andReturn().getResponse()
                .getContentAsString();
    }

    private String portal(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).cookie(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private String keyFigureIdSql() {
        return "(select id from key_figure where email = '" + me.email() + "')";
    }

    private UUID single(String sql) {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql(sql).query(UUID.class).single());
    }

    private long count(String table) {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql("select count(*) from " + table
                + " where key_figure_id = " + keyFigureIdSql()).query(Long.class).single());
    }
}
