package nl.sleutelnet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import nl.sleutelnet.HostileInput;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.EmailSignIn;
import nl.sleutelnet.network.ContactChannel;
import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.portal.PortalFixtures.Person;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * A key figure signs in with a one-time link by e-mail instead of a password (ADR 0032): the same
 * answer whatever the address, a mail only for an active key figure's portal account, a link that
 * works once, briefly, only in the browser that asked, and only through the page's button.
 */
@SleutelnetTest
class SigningInWithAnEmailLinkTests {

    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/inloggen/link/[A-Za-z0-9_-]{43})");
    static final String SENT = "Als dit adres bij een portaalaccount hoort, is er een link onderweg.";
    static final String OTHER_BROWSER = "Open de link in dezelfde browser waarin u hem aanvroeg.";
    static final String INVALID = "Deze link werkt niet (meer)";

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

    @Autowired
    PortalSignInLinks requests;

    /** Each test asks from an address of its own, so that the per-address counters stay apart. */
    private final String source = "10." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);

    @AfterEach
    void removeTestKeyFigures() {
        new PortalFixtures(keyFigures, accounts, jdbc).cleanUp();
    }

    /** The browser that asked: its binding cookie, and the answer it got. */
    record Asked(MockHttpServletResponse response, Cookie browser) {
    }

    Asked ask(String email) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/inloggen/link").param("email", email).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(source);
                    return r;
                })).andReturn().getResponse();
        requests.awaitHandled();
        return new Asked(response, response.getCookie(EmailSignIn.BROWSER_COOKIE));
    }

    String keyFigureWithAccount(Person person) {
        return new PortalFixtures(keyFigures, accounts, jdbc).keyFigureWithAccount(DemoTenants.MAASOEVER, person);
    }

    static String linkIn(MimeMessage mail) throws Exception {
        Matcher matcher = LINK.matcher((String) mail.getContent());
        assertThat(matcher.find()).as("a sign-in link in the mail").isTrue();
        return matcher.group(1);
    }

    MockHttpServletResponse open(String link, Cookie browser) throws Exception {
        MockHttpServletRequestBuilder request = get(link);
        return mvc.perform(browser == null ? request : request.cookie(browser)).andReturn().getResponse();
    }

    MockHttpServletResponse use(String link, Cookie browser) throws Exception {
        MockHttpServletRequestBuilder request = post(link).with(csrf());
        return mvc.perform(browser == null ? request : request.cookie(browser)).andReturn().getResponse();
    }

    String statusOf(String link) {
        return jdbc.sql("select status from sign_in_link where token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')")
                .param(link.substring(link.lastIndexOf('/') + 1)).query(String.class).single();
    }

    long audited(String action, String recordType) {
        return jdbc.sql("select count(*) from audit_event where action = ? and record_type = ?")
                .params(action, recordType).query(Long.class).single();
    }

    @Test
    void a_key_figure_asks_for_a_link_opens_it_in_the_same_browser_and_lands_in_the_portal() throws Exception {
        Person person = Person.fresh();
        keyFigureWithAccount(person);
        long logins = audited("LOGIN", EmailSignIn.AUDIT_RECORD);

        Asked asked = ask(person.email().toUpperCase());
        assertThat(asked.response().getStatus()).isEqualTo(302);
        assertThat(asked.response().getRedirectedUrl()).isEqualTo("/inloggen/link?verstuurd");
        assertThat(asked.browser()).isNotNull();
        assertThat(asked.browser().getSecure()).isTrue();
        assertThat(asked.browser().isHttpOnly()).isTrue();
        assertThat(asked.response().getHeader("Set-Cookie")).contains("SameSite=Lax", "Path=/", "Max-Age=900");
        assertThat(mvc.perform(get("/inloggen/link").param("verstuurd", "")).andReturn().getResponse()
                .getContentAsString()).contains(SENT, "15 minuten");

        MimeMessage mail = PortalFixtures.mailTo(greenMail, person.email());
        assertThat(mail.getSubject()).isEqualTo("Uw link om in te loggen op Sleutelnet");
        String body = (String) mail.getContent();
        assertThat(body).as("content-light: the link and its end only").doesNotContain(person.givenName(),
                person.familyName(), "Maasoever");
        String link = linkIn(mail);

        MockHttpServletResponse page = open(link, asked.browser());
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Inloggen met uw link", "method=\"post\"", "_csrf");
        assertThat(statusOf(link)).as("opening the page uses nothing").isEqualTo("OPEN");

        MockHttpServletResponse used = use(link, asked.browser());
        assertThat(used.getStatus()).isEqualTo(302);
        assertThat(used.getRedirectedUrl()).isEqualTo("/portaal");
        Cookie session = used.getCookie("__Host-SESSION");
        assertThat(session).as("a session of its own").isNotNull();
        assertThat(used.getCookie(EmailSignIn.BROWSER_COOKIE).getMaxAge()).as("binding cookie removed").isZero();
        assertThat(mvc.perform(get("/portaal").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(statusOf(link)).isEqualTo("USED");
        assertThat(audited("LOGIN", EmailSignIn.AUDIT_RECORD)).isEqualTo(logins + 1);
        UUID account = jdbc.sql("select id from account where username = ?").param(person.email())
                .query(UUID.class).single();
        assertThat(jdbc.sql("""
                select string_agg(action, ',' order by seq) from audit_event
                where record_id = ? and action like 'SIGN_IN_LINK_%'""").param(account).query(String.class).single())
                .isEqualTo("SIGN_IN_LINK_REQUESTED,SIGN_IN_LINK_USED");
    }

    @Test
    void a_key_figure_who_prefers_english_gets_the_mail_in_english() throws Exception {
        Person person = Person.fresh();
        var id = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> keyFigures.register(new KeyFigureDraft(
                person.givenName(), null, person.familyName(), person.email(), null, "en", ContactChannel.EMAIL,
                List.of(), false, List.of(), List.of(), null), KeyFigureStatus.ACTIVE));
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> accounts.createKeyFigureAccount(DemoTenants.MAASOEVER,
                id.value(), person.email(), person.displayName(), PortalFixtures.PASSWORD));

        ask(person.email());

        MimeMessage mail = PortalFixtures.mailTo(greenMail, person.email());
        assertThat(mail.getSubject()).isEqualTo("Your link to sign in to Sleutelnet");
        assertThat((String) mail.getContent()).contains("only once");
    }

    @Test
    void an_unknown_address_a_staff_address_and_a_key_figure_without_account_get_the_same_answer_and_no_mail()
            throws Exception {
        Person withAccount = Person.fresh();
        keyFigureWithAccount(withAccount);
        Person withoutAccount = Person.fresh();
        new PortalFixtures(keyFigures, accounts, jdbc).keyFigure(DemoTenants.MAASOEVER, withoutAccount,
                KeyFigureStatus.ACTIVE);
        String unknown = "niemand-" + UUID.randomUUID() + "@voorbeeld.test";
        String staff = "coordinator@maasoever.demo";
        long requested = jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN_LINK_REQUESTED'")
                .query(Long.class).single();

        List<Asked> answers = List.of(ask(unknown), ask(staff), ask(withoutAccount.email()), ask(withAccount.email()));

        for (Asked asked : answers) {
            assertThat(asked.response().getStatus()).isEqualTo(302);
            assertThat(asked.response().getRedirectedUrl()).isEqualTo("/inloggen/link?verstuurd");
            assertThat(asked.browser()).isNotNull();
        }
        // Requests are handled in order: once the last one's mail is there, the others are done.
        PortalFixtures.mailTo(greenMail, withAccount.email());
        assertThat(PortalFixtures.mailsTo(greenMail, unknown)).isZero();
        assertThat(PortalFixtures.mailsTo(greenMail, staff)).isZero();
        assertThat(PortalFixtures.mailsTo(greenMail, withoutAccount.email())).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN_LINK_REQUESTED'")
                .query(Long.class).single()).as("audited only where an account matched").isEqualTo(requested + 1);
    }

    @Test
    void a_blocked_portal_account_gets_no_link() throws Exception {
        Person person = Person.fresh();
        keyFigureWithAccount(person);
        jdbc.sql("update account set active = false where username = ?").param(person.email()).update();

        assertThat(ask(person.email()).response().getRedirectedUrl()).isEqualTo("/inloggen/link?verstuurd");

        assertThat(PortalFixtures.mailsTo(greenMail, person.email())).isZero();
    }

    @Test
    void opening_the_link_alone_signs_nobody_in() throws Exception {
        Person person = Person.fresh();
        keyFigureWithAccount(person);
        Asked asked = ask(person.email());
        String link = linkIn(PortalFixtures.mailTo(greenMail, person.email()));

        for (int i = 0; i < 3; i++) {
            MockHttpServletResponse page = open(link, asked.browser());
            assertThat(page.getStatus()).isEqualTo(200);
            Cookie session = page.getCookie("__Host-SESSION");
            if (session != null) {
                assertThat(mvc.perform(get("/portaal").cookie(session)).andReturn().getResponse().getRedirectedUrl())
                        .endsWith("/inloggen");
            }
        }
        assertThat(statusOf(link)).isEqualTo("OPEN");
        assertThat(use(link, asked.browser()).getRedirectedUrl()).isEqualTo("/portaal");
    }

    @Test
    void a_used_link_does_not_work_again() throws Exception {
        Person person = Person.fresh();
        keyFigureWithAccount(person);
        Asked asked = ask(person.email());
        String link = linkIn(PortalFixtures.mailTo(greenMail, person.email()));
        assertThat(use(link, asked.browser()).getRedirectedUrl()).isEqualTo("/portaal");

        MockHttpServletResponse again = use(link, asked.browser());
        assertThat(again.getStatus()).isEqualTo(404);
        assertThat(again.getContentAsString()).contains(INVALID);
        assertThat(again.getCookie("__Host-SESSION")).isNull();
        assertThat(open(link, asked.browser()).getStatus()).isEqualTo(404);
    }

    @Test
    void an_expired_link_does_not_work() throws Exception {
        Person person = Person.fresh();
        keyFigureWithAccount(person);
        Asked asked = ask(person.email());
        String link = linkIn(PortalFixtures.mailTo(greenMail, person.email()));
        jdbc.sql("""
                update sign_in_link set issued_at = now() - interval '1 hour', expires_at = now() - interval '1 second'
                where token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')""")
                .param(link.substring(link.lastIndexOf('/') + 1)).update();

        assertThat(open(link, asked.browser()).getStatus()).isEqualTo(404);
        MockHttpServletResponse used = use(link, asked.browser());
        assertThat(used.getStatus()).isEqualTo(404);
        assertThat(used.getContentAsString()).contains(INVALID);
        assertThat(statusOf(link)).isEqualTo("OPEN");
    }

    @Test
    void a_forged_link_does_not_work() throws Exception {
        Person person = Person.fresh();
        keyFigureWithAccount(person);
        Asked asked = ask(person.email());
        String link = linkIn(PortalFixtures.mailTo(greenMail, person.email()));
        char last = link.charAt(link.length() - 1);
        String forged = link.substring(0, link.length() - 1) + (last == 'A' ? 'B' : 'A');

        for (String path : List.of(forged, "/inloggen/link/" + "A".repeat(43), "/inloggen/link/kort")) {
            assertThat(open(path, asked.browser()).getStatus()).as(path).isEqualTo(404);
            MockHttpServletResponse used = use(path, asked.browser());
            assertThat(used.getStatus()).as(path).isEqualTo(404);
            assertThat(used.getCookie("__Host-SESSION")).isNull();
        }
        assertThat(statusOf(link)).isEqualTo("OPEN");
    }

    @Test
    void in_another_browser_the_link_is_refused_and_keeps_working_in_the_one_that_asked() throws Exception {
        Person person = Person.fresh();
        keyFigureWithAccount(person);
        Asked asked = ask(person.email());
        String link = linkIn(PortalFixtures.mailTo(greenMail, person.email()));
        long refused = audited("SIGN_IN_LINK_REFUSED", "account");
        Cookie otherBrowser = new Cookie(EmailSignIn.BROWSER_COOKIE, "B".repeat(43));
        Cookie malformed = new Cookie(EmailSignIn.BROWSER_COOKIE, "<script>");

        for (Cookie browser : new Cookie[] { null, otherBrowser, malformed }) {
            MockHttpServletResponse page = open(link, browser);
            assertThat(page.getStatus()).isEqualTo(403);
            assertThat(page.getContentAsString()).contains(OTHER_BROWSER);
            MockHttpServletResponse used = use(link, browser);
            assertThat(used.getStatus()).isEqualTo(403);
            assertThat(used.getContentAsString()).contains(OTHER_BROWSER);
            assertThat(used.getCookie("__Host-SESSION")).isNull();
        }
        assertThat(statusOf(link)).as("refused, not used up").isEqualTo("OPEN");
        assertThat(audited("SIGN_IN_LINK_REFUSED", "account")).isEqualTo(refused + 6);

        assertThat(use(link, asked.browser()).getRedirectedUrl()).isEqualTo("/portaal");
    }

    @Test
    void asking_again_revokes_the_earlier_link() throws Exception {
        Person person = Person.fresh();
        keyFigureWithAccount(person);
        Asked first = ask(person.email());
        String firstLink = linkIn(PortalFixtures.mailTo(greenMail, person.email()));
        Asked second = ask(person.email());
        while (PortalFixtures.mailsTo(greenMail, person.email()) < 2) {
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
        String secondLink = linkIn(PortalFixtures.mailTo(greenMail, person.email()));
        assertThat(secondLink).isNotEqualTo(firstLink);

        assertThat(statusOf(firstLink)).isEqualTo("REVOKED");
        assertThat(use(firstLink, first.browser()).getStatus()).isEqualTo(404);
        assertThat(use(secondLink, first.browser()).getStatus()).as("bound to the second request's browser value")
                .isEqualTo(403);
        assertThat(use(secondLink, second.browser()).getRedirectedUrl()).isEqualTo("/portaal");
    }

    @Test
    void asking_too_often_for_one_address_is_refused_with_the_same_message_whether_or_not_it_is_known()
            throws Exception {
        Person person = Person.fresh();
        keyFigureWithAccount(person);
        String unknown = "niemand-" + UUID.randomUUID() + "@voorbeeld.test";
        for (String address : List.of(person.email(), unknown)) {
            for (int i = 0; i < 5; i++) {
                assertThat(ask(address).response().getStatus()).isEqualTo(302);
            }
            MockHttpServletResponse refused = ask(address).response();
            assertThat(refused.getStatus()).isEqualTo(429);
            assertThat(refused.getContentAsString()).contains("Er is te vaak een link aangevraagd. Probeer het over een kwartier opnieuw.")
                    .doesNotContain(SENT);
            assertThat(refused.getCookie(EmailSignIn.BROWSER_COOKIE)).isNull();
        }
        // Five mails and no more; the password still works (the counters are apart).
        assertThat(PortalFixtures.mailsTo(greenMail, person.email())).isEqualTo(5);
        PortalFixtures.logIn(mvc, person.email(), PortalFixtures.PASSWORD);
    }

    @TestFactory
    Stream<DynamicTest> the_request_form_and_the_link_page_answer_hostile_input_safely() throws Exception {
        HostileInput input = HostileInput.forTest("sign-in link");
        long before = links();
        return Stream.concat(input.tests(input.samples(30), sample -> {
            try {
                MockHttpServletResponse form = mvc.perform(post("/inloggen/link").param("email", sample).with(csrf())
                        .with(r -> {
                            r.setRemoteAddr(source);
                            return r;
                        })).andReturn().getResponse();
                assertThat(form.getStatus()).isIn(302, 400, 429);
                noScript(form.getContentAsString());
                MockHttpServletResponse page = mvc.perform(get("/inloggen/link/{token}", sample)
                        .cookie(new Cookie(EmailSignIn.BROWSER_COOKIE, "x"))).andReturn().getResponse();
                // A sample with a slash is a path no route knows: to the login page, as for any such path.
                assertThat(page.getStatus()).isIn(302, 400, 404);
                if (page.getStatus() == 302) {
                    assertThat(page.getRedirectedUrl()).endsWith("/inloggen");
                }
                noScript(page.getContentAsString());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }), Stream.of(dynamicTest("wrote no link", () -> {
            requests.awaitHandled();
            assertThat(links()).isEqualTo(before);
        })));
    }

    private long links() {
        return jdbc.sql("select count(*) from sign_in_link").query(Long.class).single();
    }

    private static void noScript(String html) {
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<svg onload");
    }
}
