package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.WholePage;
import nl.sleutelnet.network.ContactChannel;
import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.shared.Times;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The administrator manages the staff of their own municipality at /beheer/gebruikers: list, roles,
 * deactivating and reactivating, unlocking, resetting the second factor, a last day; with the guard
 * rails (last administrator, own account, who granted a content role) and sessions ended at once.
 */
@SleutelnetTest
class AdministeringStaffTests {

    static final String PASSWORD = "Lange-Test-Zin-2026!";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    Accounts accountRows;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    KeyFigureService keyFigures;

    /** A staff account of the municipality (second factor not yet enrolled). */
    UUID staff(MunicipalityId municipality, String prefix, Set<Role> roles) {
        String username = prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID() + "@test";
        return accounts.createStaff(municipality, username, "Medewerker " + prefix + " " + SEQUENCE.get(), PASSWORD,
                roles);
    }

    /** A staff account that signs in without a second factor (demo mode, as the tests run). */
    String signInableStaff(Set<Role> roles) {
        String username = "sessie-" + UUID.randomUUID() + "@test";
        accounts.createDemoAccount(AccountKind.STAFF, DemoTenants.MAASOEVER, null, username, "Sessie Test", PASSWORD,
                roles, null);
        return username;
    }

    /** The request runs as this real account. */
    RequestPostProcessor as(UUID account) {
        return authentication(TestUsers.authentication(accountRows.findById(account).orElseThrow()));
    }

    static RequestPostProcessor administrator(MunicipalityId municipality) {
        return TestUsers.as(Role.ADMINISTRATOR, municipality);
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    MockHttpServletResponse change(UUID account, String action, RequestPostProcessor who, String... params)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/beheer/gebruikers/" + account + "/" + action)
                .param("versie", String.valueOf(version(account)));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return send(request, who);
    }

    int version(UUID account) {
        return jdbc.sql("select version from account where id = ?").param(account).query(Integer.class).single();
    }

    Set<Role> roles(UUID account) {
        return accountRows.findById(account).orElseThrow().roles();
    }

    boolean active(UUID account) {
        return jdbc.sql("select active from account where id = ?").param(account).query(Boolean.class).single();
    }

    long audited(String action, UUID record) {
        return jdbc.sql("select count(*) from audit_event where action = ? and record_id = ?").params(action, record)
                .query(Long.class).single();
    }

    UUID idOf(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(UUID.class).single();
    }

    @Test
    void the_list_finds_staff_of_the_own_municipality_by_name_or_address_filters_them_and_pages_by_25()
            throws Exception {
        String prefix = "pagina" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 27; i++) {
            // few lists elsewhere show administrators or researchers: other tests' choices stay as they were
            staff(DemoTenants.MAASOEVER, prefix, i < 3 ? EnumSet.of(Role.ADMINISTRATOR) : EnumSet.of(Role.RESEARCHER));
        }
        UUID elsewhere = staff(DemoTenants.WAALBERGEN, prefix, EnumSet.of(Role.PARTNER));

        MockHttpServletResponse first = send(get("/beheer/gebruikers").param("zoek", prefix.toUpperCase()),
                administrator(DemoTenants.MAASOEVER));
        assertThat(first.getStatus()).isEqualTo(200);
        String page1 = first.getContentAsString();
        WholePage.assertWhole(page1);
        assertThat(page1).contains("27 gebruikers", "Pagina 1 van 2", "rel=\"next\"").doesNotContain(elsewhere.toString());
        assertThat(rows(page1)).isEqualTo(25);
        String page2 = send(get("/beheer/gebruikers").param("zoek", prefix).param("pagina", "2"),
                administrator(DemoTenants.MAASOEVER)).getContentAsString();
        assertThat(rows(page2)).isEqualTo(2);

        assertThat(send(get("/beheer/gebruikers").param("zoek", prefix).param("rol", "ADMINISTRATOR"),
                administrator(DemoTenants.MAASOEVER)).getContentAsString()).contains("3 gebruikers");
        assertThat(send(get("/beheer/gebruikers").param("zoek", prefix).param("tweedeFactor", "ja"),
                administrator(DemoTenants.MAASOEVER)).getContentAsString()).contains("Geen gebruikers gevonden",
                        "Er zijn geen gebruikers die hierbij passen.");
        assertThat(send(get("/beheer/gebruikers").param("zoek", prefix).param("aangemeld", "NEVER")
                .param("actief", "ja"), administrator(DemoTenants.MAASOEVER)).getContentAsString())
                .contains("27 gebruikers");
        // by e-mail address: the user names hold the prefix too; the demo administrator by name
        assertThat(send(get("/beheer/gebruikers").param("zoek", "beheerder@maasoever"),
                administrator(DemoTenants.MAASOEVER)).getContentAsString()).contains("1 gebruiker", "Jeroen Bakker");
        assertThat(send(get("/beheer/gebruikers").param("zoek", "Jeroen Bakker"),
                administrator(DemoTenants.WAALBERGEN)).getContentAsString()).contains("Geen gebruikers gevonden");

        MockHttpServletResponse unknownFilter = send(get("/beheer/gebruikers").param("rol", "KEY_FIGURE"),
                administrator(DemoTenants.MAASOEVER));
        assertThat(unknownFilter.getStatus()).isEqualTo(400);
        assertThat(unknownFilter.getContentAsString()).contains("Kies een waarde uit de lijst.");
    }

    private static int rows(String page) {
        return page.split("href=\"/beheer/gebruikers/[0-9a-f-]{36}\"", -1).length - 1;
    }

    @Test
    void the_last_sign_in_is_recorded_and_shown_and_can_be_filtered_on() throws Exception {
        String username = signInableStaff(EnumSet.of(Role.RESEARCHER));
        UUID id = idOf(username);
        assertThat(send(get("/beheer/gebruikers/" + id), administrator(DemoTenants.MAASOEVER)).getContentAsString())
                .contains("Laatst ingelogd", "Nooit");
        Browserless browser = new Browserless(port);
        assertThat(browser.login(username, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(":" + port + "/"));
        assertThat(jdbc.sql("select last_signed_in_at is not null from account where id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
        assertThat(send(get("/beheer/gebruikers").param("zoek", username).param("aangemeld", "RECENTLY"),
                administrator(DemoTenants.MAASOEVER)).getContentAsString()).contains("1 gebruiker");
        assertThat(send(get("/beheer/gebruikers").param("zoek", username).param("aangemeld", "NEVER"),
                administrator(DemoTenants.MAASOEVER)).getContentAsString()).contains("Geen gebruikers gevonden");
    }

    @Test
    void granting_a_role_that_reads_content_is_recorded_with_who_granted_it() throws Exception {
        UUID grantor = staff(DemoTenants.MAASOEVER, "gever", EnumSet.of(Role.ADMINISTRATOR));
        UUID member = staff(DemoTenants.MAASOEVER, "ontvanger", EnumSet.of(Role.PARTNER));

        MockHttpServletResponse changed = change(member, "rollen", as(grantor), "rollen", "PARTNER", "rollen",
                "CONCERN_HANDLER", "rollen", "RESEARCHER");
        assertThat(changed.getStatus()).isEqualTo(302);
        assertThat(roles(member)).containsExactlyInAnyOrder(Role.PARTNER, Role.CONCERN_HANDLER, Role.RESEARCHER);
        UUID grant = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql("""
                select id from role_grant where account_id = ? and role = 'CONCERN_HANDLER' and granted_by = ?
                  and revoked_at is null""").params(member, grantor).query(UUID.class).single());
        assertThat(audited("ROLES_CHANGED", member)).isEqualTo(1);
        assertThat(audited("CONTENT_ROLE_GRANTED", grant)).isEqualTo(1);
        assertThat(jdbc.sql("select actor_id from audit_event where action = 'CONTENT_ROLE_GRANTED' and record_id = ?")
                .param(grant).query(UUID.class).single()).isEqualTo(grantor);
        String page = send(get("/beheer/gebruikers/" + member), as(grantor)).getContentAsString();
        String grantorName = accountRows.findById(grantor).orElseThrow().displayName();
        assertThat(page).contains("gegeven door " + grantorName);

        assertThat(change(member, "rollen", as(grantor), "rollen", "PARTNER").getStatus()).isEqualTo(302);
        assertThat(CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql("""
                select revoked_by from role_grant where id = ?""").param(grant).query(UUID.class).single()))
                .isEqualTo(grantor);
    }

    @Test
    void nobody_changes_their_own_roles_deactivates_or_ends_themselves() throws Exception {
        UUID self = staff(DemoTenants.MAASOEVER, "zelf", EnumSet.of(Role.ADMINISTRATOR, Role.COORDINATOR));
        int before = version(self);
        MockHttpServletResponse roles = change(self, "rollen", as(self), "rollen", "ADMINISTRATOR");
        assertThat(roles.getStatus()).isEqualTo(400);
        assertThat(roles.getContentAsString()).contains("Uw eigen account wijzigt u hier niet");
        assertThat(change(self, "deactiveren", as(self)).getStatus()).isEqualTo(400);
        assertThat(change(self, "einddatum", as(self), "einddatum", LocalDate.now(Times.ZONE).plusDays(3).toString())
                .getStatus()).isEqualTo(400);
        assertThat(change(self, "tweede-factor-herstellen", as(self)).getStatus()).isEqualTo(400);
        assertThat(version(self)).isEqualTo(before);
        assertThat(roles(self)).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.COORDINATOR);
        assertThat(active(self)).isTrue();
    }

    @Test
    void the_last_lasting_administrator_can_be_neither_deactivated_nor_demoted_nor_given_a_last_day()
            throws Exception {
        // Waalbergen has no administrator in the demo data: these are its only ones.
        UUID lasting = staff(DemoTenants.WAALBERGEN, "blijvend", EnumSet.of(Role.ADMINISTRATOR));
        UUID temporary = staff(DemoTenants.WAALBERGEN, "tijdelijk", EnumSet.of(Role.ADMINISTRATOR));
        jdbc.sql("update account set valid_until = current_date + 30 where id = ?").param(temporary).update();
        int before = version(lasting);

        MockHttpServletResponse demoted = change(lasting, "rollen", as(temporary), "rollen", "COORDINATOR");
        assertThat(demoted.getStatus()).isEqualTo(400);
        assertThat(demoted.getContentAsString()).contains("Dit is de laatste actieve beheerder van uw gemeente");
        assertThat(change(lasting, "deactiveren", as(temporary)).getStatus()).isEqualTo(400);
        assertThat(change(lasting, "einddatum", as(temporary), "einddatum",
                LocalDate.now(Times.ZONE).plusDays(3).toString()).getStatus()).isEqualTo(400);
        assertThat(version(lasting)).isEqualTo(before);
        assertThat(roles(lasting)).containsExactly(Role.ADMINISTRATOR);
        assertThat(active(lasting)).isTrue();

        UUID another = staff(DemoTenants.WAALBERGEN, "nieuw", EnumSet.of(Role.ADMINISTRATOR));
        assertThat(change(lasting, "rollen", as(another), "rollen", "COORDINATOR").getStatus()).isEqualTo(302);
        assertThat(roles(lasting)).containsExactly(Role.COORDINATOR);
        // now "another" is the last one without a last day
        assertThat(change(another, "deactiveren", as(temporary)).getStatus()).isEqualTo(400);
        assertThat(active(another)).isTrue();
    }

    @Test
    void deactivating_ends_the_open_session_at_the_next_request_and_refuses_sign_in_until_reactivated()
            throws Exception {
        String username = signInableStaff(EnumSet.of(Role.COORDINATOR));
        UUID id = idOf(username);
        Browserless browser = new Browserless(port);
        assertThat(browser.login(username, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(":" + port + "/"));
        assertThat(browser.get("/account/wachtwoord").statusCode()).isEqualTo(200);

        assertThat(change(id, "deactiveren", administrator(DemoTenants.MAASOEVER)).getStatus()).isEqualTo(302);
        assertThat(active(id)).isFalse();
        HttpResponse<String> next = browser.get("/account/wachtwoord");
        assertThat(next.statusCode()).as("the open session is gone").isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/inloggen"));
        assertThat(new Browserless(port).login(username, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/inloggen?fout"));
        assertThat(audited("ACCOUNT_DEACTIVATED", id)).isEqualTo(1);
        assertThat(audited("SESSIONS_ENDED", id)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from account where id = ?").param(id).query(Long.class).single())
                .as("never deleted").isEqualTo(1);

        assertThat(change(id, "heractiveren", administrator(DemoTenants.MAASOEVER)).getStatus()).isEqualTo(302);
        assertThat(audited("ACCOUNT_REACTIVATED", id)).isEqualTo(1);
        assertThat(new Browserless(port).login(username, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(":" + port + "/"));
    }

    @Test
    void removing_a_role_ends_the_sessions_adding_one_does_not() throws Exception {
        String username = signInableStaff(EnumSet.of(Role.COORDINATOR, Role.PARTNER));
        UUID id = idOf(username);
        Browserless browser = new Browserless(port);
        browser.login(username, PASSWORD);

        assertThat(change(id, "rollen", administrator(DemoTenants.MAASOEVER), "rollen", "COORDINATOR", "rollen",
                "PARTNER", "rollen", "RESEARCHER").getStatus()).isEqualTo(302);
        assertThat(browser.get("/account/wachtwoord").statusCode()).as("a role added: still signed in").isEqualTo(200);

        assertThat(change(id, "rollen", administrator(DemoTenants.MAASOEVER), "rollen", "COORDINATOR")
                .getStatus()).isEqualTo(302);
        assertThat(roles(id)).containsExactly(Role.COORDINATOR);
        assertThat(browser.get("/account/wachtwoord").statusCode()).as("a role removed: signed out").isEqualTo(302);
    }

    @Test
    void resetting_the_second_factor_forgets_it_and_the_recovery_codes_and_ends_the_sessions() throws Exception {
        String username = signInableStaff(EnumSet.of(Role.CONCERN_HANDLER));
        UUID id = idOf(username);
        jdbc.sql("update account set totp_secret = 'v1:x', totp_enabled = true, totp_last_step = 7 where id = ?")
                .param(id).update();
        jdbc.sql("insert into recovery_code (account_id, code_hash) values (?, ?)").params(id, "a".repeat(64)).update();
        Browserless browser = new Browserless(port);
        browser.login(username, PASSWORD);
        assertThat(browser.get("/account/wachtwoord").statusCode()).isEqualTo(200);

        assertThat(change(id, "tweede-factor-herstellen", administrator(DemoTenants.MAASOEVER)).getStatus())
                .isEqualTo(302);
        assertThat(jdbc.sql("select totp_enabled or totp_secret is not null from account where id = ?").param(id)
                .query(Boolean.class).single()).isFalse();
        assertThat(accountRows.findById(id).orElseThrow().secondFactorEnrolled()).isFalse();
        assertThat(jdbc.sql("select count(*) from recovery_code where account_id = ?").param(id).query(Long.class)
                .single()).isZero();
        assertThat(browser.get("/account/wachtwoord").statusCode()).isEqualTo(302);
        assertThat(audited("SECOND_FACTOR_RESET", id)).isEqualTo(1);
    }

    @Test
    void a_locked_out_account_is_unlocked_by_the_administrator() throws Exception {
        UUID id = staff(DemoTenants.MAASOEVER, "geblokkeerd", EnumSet.of(Role.PARTNER));
        String username = accountRows.findById(id).orElseThrow().getUsername();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(username);
        }
        assertThat(throttle.isLocked(username)).isTrue();
        assertThat(send(get("/beheer/gebruikers/" + id), administrator(DemoTenants.MAASOEVER)).getContentAsString())
                .contains("Ja, na te veel verkeerde pogingen", "Blokkade opheffen");

        assertThat(change(id, "ontgrendelen", administrator(DemoTenants.MAASOEVER)).getStatus()).isEqualTo(302);
        assertThat(throttle.isLocked(username)).isFalse();
        assertThat(audited("ACCOUNT_UNLOCKED", id)).isEqualTo(1);
    }

    @Test
    void after_the_last_day_sign_in_is_refused_with_the_usual_message() throws Exception {
        String username = signInableStaff(EnumSet.of(Role.PARTNER));
        UUID id = idOf(username);
        String today = LocalDate.now(Times.ZONE).toString();
        assertThat(change(id, "einddatum", administrator(DemoTenants.MAASOEVER), "einddatum", today).getStatus())
                .isEqualTo(302);
        assertThat(audited("END_DATE_CHANGED", id)).isEqualTo(1);
        assertThat(new Browserless(port).login(username, PASSWORD).headers().firstValue("Location"))
                .as("the last day itself still counts").hasValueSatisfying(l -> assertThat(l).endsWith(":" + port + "/"));

        jdbc.sql("update account set valid_until = current_date - 1 where id = ?").param(id).update();
        HttpResponse<String> refused = new Browserless(port).login(username, PASSWORD);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("?fout"));
        assertThat(send(get("/beheer/gebruikers/" + id), administrator(DemoTenants.MAASOEVER)).getContentAsString())
                .contains("Laatste dag voorbij");

        int before = version(id);
        MockHttpServletResponse past = change(id, "einddatum", administrator(DemoTenants.MAASOEVER), "einddatum",
                LocalDate.now(Times.ZONE).minusDays(1).toString());
        assertThat(past.getStatus()).isEqualTo(400);
        assertThat(past.getContentAsString()).contains("Kies vandaag of een dag in de toekomst.");
        assertThat(change(id, "einddatum", administrator(DemoTenants.MAASOEVER), "einddatum", "31-12-2030")
                .getStatus()).isEqualTo(400);
        assertThat(version(id)).isEqualTo(before);

        assertThat(change(id, "einddatum", administrator(DemoTenants.MAASOEVER), "einddatum", "").getStatus())
                .as("an empty date removes the last day").isEqualTo(302);
        assertThat(new Browserless(port).login(username, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(":" + port + "/"));
    }

    @Test
    void deactivating_a_contact_person_shows_who_would_be_left_without_one_and_hands_them_over() throws Exception {
        UUID leaving = staff(DemoTenants.MAASOEVER, "vertrekt", EnumSet.of(Role.COORDINATOR));
        UUID taking = staff(DemoTenants.MAASOEVER, "neemtover", EnumSet.of(Role.COORDINATOR));
        List<KeyFigureId> figures = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> List.of(figure(), figure(),
                figure()));
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> {
            figures.forEach(f -> keyFigures.arrangeContact(f, leaving, null, 30));
            keyFigures.arrangeContact(figures.get(0), leaving, taking, 30);
        });

        String page = send(get("/beheer/gebruikers/" + leaving), administrator(DemoTenants.MAASOEVER))
                .getContentAsString();
        assertThat(page).contains("3 sleutelfiguren hebben deze medewerker als vaste contactpersoon",
                "name=\"overdragenAan\"", "value=\"" + taking + "\"").doesNotContain("value=\"" + leaving + "\"");

        MockHttpServletResponse notACoordinator = change(leaving, "deactiveren", administrator(DemoTenants.MAASOEVER),
                "overdragenAan", idOf("partner@maasoever.demo").toString());
        assertThat(notACoordinator.getStatus()).isEqualTo(400);
        assertThat(notACoordinator.getContentAsString()).contains("Kies een actieve coördinator uit de lijst.");
        assertThat(active(leaving)).isTrue();

        assertThat(change(leaving, "deactiveren", administrator(DemoTenants.MAASOEVER), "overdragenAan",
                taking.toString()).getStatus()).isEqualTo(302);
        assertThat(active(leaving)).isFalse();
        for (KeyFigureId figure : figures) {
            String contacts = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql(
                    "select contact_person_id || '/' || coalesce(backup_contact_id::text, '-') from key_figure where id = ?")
                    .param(figure.value()).query(String.class).single());
            assertThat(contacts).as("the new contact person is not their own backup").isEqualTo(taking + "/-");
            assertThat(audited("CONTACT_PERSON_HANDED_OVER", figure.value())).isEqualTo(1);
        }
    }

    private KeyFigureId figure() {
        return keyFigures.register(new KeyFigureDraft("Overdracht", null, "Test" + letters(), null, null, "nl",
                ContactChannel.PHONE, List.of(RoleType.CONNECTOR), false, List.of(), List.of(), null),
                KeyFigureStatus.ACTIVE);
    }

    private static String letters() {
        StringBuilder name = new StringBuilder();
        String random = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        for (char c : random.toCharArray()) {
            name.append((char) ('a' + (c - 'a') * 4));
        }
        return name.toString();
    }

    @Test
    void a_stale_or_missing_version_changes_nothing() throws Exception {
        UUID id = staff(DemoTenants.MAASOEVER, "versie", EnumSet.of(Role.PARTNER));
        MockHttpServletResponse missing = send(post("/beheer/gebruikers/" + id + "/deactiveren"),
                administrator(DemoTenants.MAASOEVER));
        assertThat(missing.getStatus()).isEqualTo(409);
        assertThat(missing.getContentAsString()).contains("Iemand anders heeft dit account intussen gewijzigd.");
        assertThat(send(post("/beheer/gebruikers/" + id + "/rollen").param("versie", "7").param("rollen", "COORDINATOR"),
                administrator(DemoTenants.MAASOEVER)).getStatus()).isEqualTo(409);
        assertThat(active(id)).isTrue();
        assertThat(roles(id)).containsExactly(Role.PARTNER);
    }

    @Test
    void another_municipality_s_account_is_not_found_and_unchanged() throws Exception {
        UUID foreign = staff(DemoTenants.WAALBERGEN, "vreemd", EnumSet.of(Role.PARTNER));
        assertThat(send(get("/beheer/gebruikers/" + foreign), administrator(DemoTenants.MAASOEVER)).getStatus())
                .isEqualTo(404);
        for (String action : List.of("rollen", "einddatum", "deactiveren", "heractiveren", "ontgrendelen",
                "tweede-factor-herstellen")) {
            assertThat(change(foreign, action, administrator(DemoTenants.MAASOEVER), "rollen", "COORDINATOR")
                    .getStatus()).as(action).isEqualTo(404);
        }
        assertThat(version(foreign)).isZero();
        assertThat(send(get("/beheer/gebruikers/niet-een-id"), administrator(DemoTenants.MAASOEVER)).getStatus())
                .isEqualTo(404);
    }
}
