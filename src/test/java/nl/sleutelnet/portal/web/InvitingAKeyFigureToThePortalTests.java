package nl.sleutelnet.portal.web;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;
import nl.sleutelnet.portal.PortalFixtures;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.KeyFigureAccount;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.portal.PortalFixtures.Person;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * The coordinator invites a key figure by e-mail; the link is single-use, expires, is replaced
 * by a newer invitation, and tells nothing about why it no longer works.
 */
@SleutelnetTest
class InvitingAKeyFigureToThePortalTests {

    static final String INVALID_PAGE = "Deze link werkt niet (meer)";

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    PortalFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PortalFixtures(keyFigures, accounts, jdbc);
    }


    @AfterEach
    void removeTestKeyFigures() {
        fixtures.cleanUp();
    }

    @Test
    void the_invitation_mail_holds_the_link_and_no_name_or_content() throws Exception {
        Person person = Person.fresh();
        KeyFigureId id = fixtures.keyFigure(DemoTenants.MAASOEVER, person, KeyFigureStatus.ACTIVE);

        invite(id).andExpectRedirect();

        MimeMessage mail = PortalFixtures.mailTo(greenMail, person.email());
        String subject = mail.getSubject();
        String body = (String) mail.getContent();
        assertThat(subject).isEqualTo("Uitnodiging voor het Sleutelnet-portaal");
        assertThat(body).contains("Sleutelnet-portaal van Maasoever (demo)").contains("/uitnodiging?code=")
                .contains("maar één keer");
        for (String text : new String[] { subject, body }) {
            assertThat(text).doesNotContainIgnoringCase(person.givenName()).doesNotContainIgnoringCase(person.familyName())
                    .doesNotContainIgnoringCase(person.localPart());
        }
        String code = PortalFixtures.code(PortalFixtures.invitationPath(body));
        String secret = code.substring(code.indexOf('.') + 1);
        assertThat(secret).hasSize(43);
        String stored = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql(
                "select token_hash from portal_invitation where key_figure_id = ? and status = 'OPEN'")
                .param(id.value()).query(String.class).single());
        assertThat(stored).as("only the SHA-256 of the token is stored").isEqualTo(sha256(secret)).doesNotContain(secret);
        assertThat(fixtures.auditRows("INVITED", id.value())).isEqualTo(1);
    }

    @Test
    void accepting_creates_the_account_once_and_the_key_figure_logs_in_without_a_second_factor() throws Exception {
        Person person = Person.fresh();
        KeyFigureId id = fixtures.keyFigure(DemoTenants.MAASOEVER, person, KeyFigureStatus.INTAKE);
        invite(id).andExpectRedirect();
        String path = PortalFixtures.invitationPath((String) PortalFixtures.mailTo(greenMail, person.email()).getContent());

        MockHttpServletResponse form = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("value=\"" + person.email() + "\"", "Maasoever (demo)");

        MockHttpServletResponse accepted = accept(path, person.email(), PortalFixtures.PASSWORD, PortalFixtures.PASSWORD);
        assertThat(accepted.getRedirectedUrl()).isEqualTo("/inloggen");
        KeyFigureAccount account = account(id);
        assertThat(account.username()).isEqualTo(person.email());
        assertThat(account.active()).isTrue();
        assertThat(fixtures.auditRows("INVITATION_USED", id.value())).isEqualTo(1);

        // Single use: the second submit (and a later visit) gets the same page as an unknown link, and no account.
        MockHttpServletResponse again = accept(path, "iemand-anders@voorbeeld.test", PortalFixtures.PASSWORD,
                PortalFixtures.PASSWORD);
        assertThat(again.getStatus()).isEqualTo(404);
        assertThat(again.getContentAsString()).contains(INVALID_PAGE);
        assertThat(accounts.exists("iemand-anders@voorbeeld.test")).isFalse();
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains(INVALID_PAGE);
        assertThat(fixtures.auditRows("INVITATION_USED", id.value())).isEqualTo(1);

        PortalFixtures.logIn(mvc, person.email(), PortalFixtures.PASSWORD);

        // The coordinator now sees the access, and can block it.
        assertThat(page(id)).contains("Heeft een account");
        mvc.perform(post("/sleutelfiguren/" + id.value() + "/blokkeren").param("bevestigd", "ja").with(csrf())
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)));
        assertThat(account(id).active()).isFalse();
        assertThat(page(id)).contains("Toegang geblokkeerd");
    }

    @Test
    void an_expired_link_gets_the_same_page_as_an_unknown_one_and_shows_on_the_work_list() throws Exception {
        Person person = Person.fresh();
        KeyFigureId id = fixtures.keyFigure(DemoTenants.MAASOEVER, person, KeyFigureStatus.ACTIVE);
        invite(id).andExpectRedirect();
        String path = PortalFixtures.invitationPath((String) PortalFixtures.mailTo(greenMail, person.email()).getContent());
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> jdbc.sql("""
                update portal_invitation set invited_at = now() - interval '8 days', expires_at = now() - interval '1 hour'
                where key_figure_id = ?""").param(id.value()).update());

        String unknown = mvc.perform(get("/uitnodiging").param("code", DemoTenants.MAASOEVER.value() + "."
                + "A".repeat(43))).andReturn().getResponse().getContentAsString();
        MockHttpServletResponse expired = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(expired.getStatus()).isEqualTo(404);
        assertThat(withoutCsrfToken(expired.getContentAsString())).as("no oracle: the very same page")
                .contains(INVALID_PAGE).isEqualTo(withoutCsrfToken(unknown));
        assertThat(accept(path, person.email(), PortalFixtures.PASSWORD, PortalFixtures.PASSWORD).getStatus()).isEqualTo(404);
        assertThat(accountOf(id)).isNull();

        assertThat(page(id)).contains("de link is verlopen");
        assertThat(mvc.perform(get("/portaaltoegang").with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))).andReturn()
                .getResponse().getContentAsString()).contains(person.displayName());
        assertThat(mvc.perform(get("/start").with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))).andReturn()
                .getResponse().getContentAsString()).contains("uitnodigingen voor het portaal verlopen zonder account");
    }

    @Test
    void a_new_invitation_revokes_the_previous_link() throws Exception {
        Person person = Person.fresh();
        KeyFigureId id = fixtures.keyFigure(DemoTenants.MAASOEVER, person, KeyFigureStatus.ACTIVE);
        invite(id).andExpectRedirect();
        String first = PortalFixtures.invitationPath((String) PortalFixtures.mailTo(greenMail, person.email()).getContent());
        invite(id).andExpectRedirect();
        assertThat(PortalFixtures.mailsTo(greenMail, person.email())).isEqualTo(2);
        String second = PortalFixtures.invitationPath((String) PortalFixtures.mailTo(greenMail, person.email()).getContent());
        assertThat(second).isNotEqualTo(first);

        assertThat(mvc.perform(get(first)).andReturn().getResponse().getContentAsString()).contains(INVALID_PAGE);
        assertThat(accept(first, person.email(), PortalFixtures.PASSWORD, PortalFixtures.PASSWORD).getStatus())
                .isEqualTo(404);
        assertThat(accountOf(id)).isNull();
        assertThat(accept(second, person.email(), PortalFixtures.PASSWORD, PortalFixtures.PASSWORD).getRedirectedUrl())
                .isEqualTo("/inloggen");
        assertThat(accountOf(id)).isNotNull();
    }

    @Test
    void the_password_policy_and_the_repetition_are_enforced_and_the_link_stays_usable() throws Exception {
        Person person = Person.fresh();
        KeyFigureId id = fixtures.keyFigure(DemoTenants.MAASOEVER, person, KeyFigureStatus.ACTIVE);
        invite(id).andExpectRedirect();
        String path = PortalFixtures.invitationPath((String) PortalFixtures.mailTo(greenMail, person.email()).getContent());

        MockHttpServletResponse tooShort = accept(path, person.email(), "kort", "kort");
        assertThat(tooShort.getStatus()).isEqualTo(400);
        assertThat(tooShort.getContentAsString()).contains("korter dan 12 tekens", "aria-describedby=\"wachtwoord-hint wachtwoord-fout\"");
        assertThat(accept(path, person.email(), "wachtwoord123", "wachtwoord123").getContentAsString())
                .contains("veelgebruikte wachtwoorden");
        assertThat(accept(path, person.email(), person.email() + "-extra", person.email() + "-extra").getContentAsString())
                .contains("gebruikersnaam niet bevatten");
        assertThat(accept(path, person.email(), PortalFixtures.PASSWORD, PortalFixtures.PASSWORD + "x").getContentAsString())
                .contains("niet gelijk");
        assertThat(accept(path, "coordinator@maasoever.demo", PortalFixtures.PASSWORD, PortalFixtures.PASSWORD)
                .getContentAsString()).contains("al in gebruik");
        assertThat(accept(path, "met spatie", PortalFixtures.PASSWORD, PortalFixtures.PASSWORD).getContentAsString())
                .contains("zonder spaties");
        assertThat(accountOf(id)).isNull();

        assertThat(accept(path, "  " + person.localPart() + "  ", PortalFixtures.PASSWORD, PortalFixtures.PASSWORD)
                .getRedirectedUrl()).isEqualTo("/inloggen");
        assertThat(account(id).username()).isEqualTo(person.localPart());
    }

    @Test
    void key_figures_without_an_address_in_the_wrong_status_or_with_an_account_are_not_invited() throws Exception {
        Person candidate = Person.fresh();
        KeyFigureId notYet = fixtures.keyFigure(DemoTenants.MAASOEVER, candidate, KeyFigureStatus.CANDIDATE);
        MockHttpServletResponse refused = invite(notYet).response();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Alleen sleutelfiguren in de kennismaking");

        Person unconfirmed = Person.fresh();
        KeyFigureId active = fixtures.keyFigure(DemoTenants.MAASOEVER, unconfirmed, KeyFigureStatus.ACTIVE);
        MockHttpServletResponse notConfirmed = mvc.perform(post("/sleutelfiguren/" + active.value() + "/uitnodigen")
                .with(csrf()).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))).andReturn().getResponse();
        assertThat(notConfirmed.getStatus()).isEqualTo(400);
        assertThat(notConfirmed.getContentAsString()).contains("gecontroleerd");

        Person withAccount = Person.fresh();
        fixtures.keyFigureWithAccount(DemoTenants.MAASOEVER, withAccount);
        KeyFigureId hasAccount = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> new KeyFigureId(jdbc.sql(
                "select id from key_figure where email = ?").param(withAccount.email()).query(UUID.class).single()));
        assertThat(invite(hasAccount).response().getContentAsString()).contains("heeft al een account");

        assertThat(PortalFixtures.mailsTo(greenMail, candidate.email()) + PortalFixtures.mailsTo(greenMail, unconfirmed.email())
                + PortalFixtures.mailsTo(greenMail, withAccount.email())).as("no mail sent").isZero();
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> assertThat(jdbc.sql(
                "select count(*) from portal_invitation where key_figure_id in (?, ?, ?)")
                .params(notYet.value(), active.value(), hasAccount.value()).query(Long.class).single()).isZero());
    }

    @Test
    void another_municipality_cannot_see_or_invite_the_key_figure() throws Exception {
        Person person = Person.fresh();
        KeyFigureId id = fixtures.keyFigure(DemoTenants.MAASOEVER, person, KeyFigureStatus.ACTIVE);
        assertThat(mvc.perform(post("/sleutelfiguren/" + id.value() + "/uitnodigen").param("bevestigd", "ja")
                .with(csrf()).with(as(Role.COORDINATOR, DemoTenants.WAALBERGEN))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(PortalFixtures.mailsTo(greenMail, person.email())).isZero();
    }

    private record Invite(MockHttpServletResponse response) {
        void andExpectRedirect() {
            assertThat(response.getStatus()).as("invitation sent").isEqualTo(302);
        }
    }

    private Invite invite(KeyFigureId id) throws Exception {
        return new Invite(mvc.perform(post("/sleutelfiguren/" + id.value() + "/uitnodigen").param("bevestigd", "ja")
                .with(csrf()).with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))).andReturn().getResponse());
    }

    private MockHttpServletResponse accept(String path, String username, String password, String repeated)
            throws Exception {
        return mvc.perform(post("/uitnodiging").param("code", PortalFixtures.code(path)).param("gebruikersnaam", username)
                .param("wachtwoord", password).param("herhaling", repeated).with(csrf())).andReturn().getResponse();
    }

    private String page(KeyFigureId id) throws Exception {
        return mvc.perform(get("/sleutelfiguren/" + id.value() + "/portaaltoegang")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))).andReturn().getResponse().getContentAsString();
    }

    private KeyFigureAccount accountOf(KeyFigureId id) {
        return accounts.keyFigureAccount(DemoTenants.MAASOEVER, id.value()).orElse(null);
    }

    private KeyFigureAccount account(KeyFigureId id) {
        KeyFigureAccount account = accountOf(id);
        assertThat(account).as("account of " + id).isNotNull();
        return account;
    }

    private static String withoutCsrfToken(String html) {
        return html.replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
