package nl.sleutelnet.portal.web;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;

import nl.sleutelnet.portal.PortalFixtures;
import nl.sleutelnet.HostileInput;
import nl.sleutelnet.RowCounts;
import jakarta.servlet.http.Cookie;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.portal.PortalFixtures.Person;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * Property: whatever arrives at the public invitation page (as code, user name or password)
 * and at the portal's request forms, the answer is a friendly page or a form with messages:
 * never a server error, never an unescaped script, and nothing written.
 */
@SleutelnetTest
class AcceptingAnInvitationWithHostileInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    AccountService accounts;


    @AfterEach
    void removeTestKeyFigures() {
        new PortalFixtures(keyFigures, accounts, jdbc).cleanUp();
    }

    @TestFactory
    Stream<DynamicTest> theInvitationPageAnswersEveryInputSafely() throws Exception {
        PortalFixtures fixtures = new PortalFixtures(keyFigures, accounts, jdbc);
        Person person = Person.fresh();
        KeyFigureId id = fixtures.keyFigure(DemoTenants.MAASOEVER, person, KeyFigureStatus.ACTIVE);
        assertThat(mvc.perform(post("/sleutelfiguren/" + id.value() + "/uitnodigen").param("bevestigd", "ja")
                .with(csrf()).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        String code = PortalFixtures.code(PortalFixtures.invitationPath(
                (String) PortalFixtures.mailTo(greenMail, person.email()).getContent()));
        HostileInput input = HostileInput.forTest("invitation page");
        Map<String, String> before = counts();
        return Stream.concat(input.tests(input.samples(30), sample -> {
            try {
                isSafe(code, sample);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }), Stream.of(dynamicTest("wrote nothing, and the link still works", () -> {
            assertThat(counts()).isEqualTo(before);
            assertThat(mvc.perform(get("/uitnodiging").param("code", code)).andReturn().getResponse().getStatus())
                    .isEqualTo(200);
        })));
    }

    private void isSafe(String code, String sample) throws Exception {
        // A valid link with hostile user name and password (never repeated the same): the form again.
        MockHttpServletResponse form = mvc.perform(post("/uitnodiging").param("code", code)
                .param("gebruikersnaam", sample).param("wachtwoord", sample).param("herhaling", sample + "x")
                .with(csrf())).andReturn().getResponse();
        assertThat(form.getStatus()).isEqualTo(400);
        assertThat(form.getContentAsString()).contains("niet gelijk");
        noScript(form.getContentAsString());

        // A hostile code: the one friendly page, for GET and POST alike.
        for (MockHttpServletResponse response : List.of(
                mvc.perform(get("/uitnodiging").param("code", sample)).andReturn().getResponse(),
                mvc.perform(post("/uitnodiging").param("code", sample).param("gebruikersnaam", "iemand@voorbeeld.test")
                        .param("wachtwoord", PortalFixtures.PASSWORD).param("herhaling", PortalFixtures.PASSWORD)
                        .with(csrf())).andReturn().getResponse())) {
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString()).contains(InvitingAKeyFigureToThePortalTests.INVALID_PAGE);
            noScript(response.getContentAsString());
        }

        // The demo key figure's request forms: refused (no field chosen, no confirmation), echoed escaped.
        MockHttpServletResponse correction = mvc.perform(post("/portaal/gegevens/correctie").param("velden", sample)
                .param("toelichting", sample).with(csrf()).cookie(demoKeyFigure())).andReturn().getResponse();
        assertThat(correction.getStatus()).isEqualTo(400);
        noScript(correction.getContentAsString());
        MockHttpServletResponse erasure = mvc.perform(post("/portaal/verwijderverzoek").param("reden", sample)
                .with(csrf()).cookie(demoKeyFigure())).andReturn().getResponse();
        assertThat(erasure.getStatus()).isEqualTo(400);
        noScript(erasure.getContentAsString());
    }

    private Cookie session;

    private Cookie demoKeyFigure() throws Exception {
        if (session == null) {
            session = PortalFixtures.logIn(mvc, "sleutelfiguur@maasoever.demo", "Demo-Sleutelnet-2026");
        }
        return session;
    }

    private static void noScript(String html) {
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<svg onload");
    }

    private Map<String, String> counts() {
        Map<String, String> counts = new LinkedHashMap<>(RowCounts.of(jdbc));
        for (String table : List.of("portal_invitation", "correction_request", "data_subject_request")) {
            counts.put(table, CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql(
                    "select count(*) || ' ' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '-') from " + table + " t")
                    .query(String.class).single()));
        }
        return counts;
    }
}
