package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.shared.Times;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * The administrator invites a staff member by e-mail (name, address, roles, optional last day): an
 * account without a password and a single-use set-up link in the mail (through the notification
 * module, after the commit). Sending again makes a new link and kills the old one; revoking kills the
 * link and deactivates the account. Bad input creates nothing.
 */
@SleutelnetTest
class InvitingStaffTests {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/account/instellen/[A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    AccountService accounts;

    @Autowired
    Accounts accountRows;

    UUID newAdmin() {
        return accounts.createStaff(DemoTenants.MAASOEVER, "uitnodiger-" + UUID.randomUUID() + "@test",
                "Uitnodiger Test", AdministeringStaffTests.PASSWORD, EnumSet.of(Role.ADMINISTRATOR));
    }

    RequestPostProcessor as(UUID account) {
        return authentication(TestUsers.authentication(accountRows.findById(account).orElseThrow()));
    }

    RequestPostProcessor admin() {
        return as(newAdmin());
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    MockHttpServletResponse invite(RequestPostProcessor who, String name, String email, String endDate,
            String... roles) throws Exception {
        MockHttpServletRequestBuilder request = post("/beheer/gebruikers/uitnodigen").param("naam", name)
                .param("email", email).param("einddatum", endDate);
        for (String role : roles) {
            request = request.param("rollen", role);
        }
        return send(request, who);
    }

    static String address() {
        return "genodigde-" + UUID.randomUUID() + "@gemeente.test";
    }

    UUID idOf(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(UUID.class).single();
    }

    int version(UUID id) {
        return jdbc.sql("select version from account where id = ?").param(id).query(Integer.class).single();
    }

    /** The set-up links mailed to the address, oldest first, waiting for {@code expected} mails. */
    List<String> linksMailedTo(String address, int expected) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            List<String> links = new ArrayList<>();
            for (MimeMessage m : greenMail.getReceivedMessages()) {
                if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address)) {
                    String body = GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
                    Matcher matcher = LINK.matcher(body);
                    assertThat(matcher.find()).as("a set-up link in the mail").isTrue();
                    links.add(matcher.group(1));
                }
            }
            if (links.size() >= expected) {
                return links;
            }
            greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("fewer than " + expected + " mails to " + address);
    }

    @Test
    void an_invitation_makes_an_account_without_password_and_mails_a_single_use_link_that_sets_it_up()
            throws Exception {
        UUID adminId = newAdmin();
        RequestPostProcessor admin = as(adminId);
        String address = address();
        String lastDay = LocalDate.now(Times.ZONE).plusMonths(6).toString();

        MockHttpServletResponse invited = invite(admin, "Nieuwe Zorgbehandelaar", address.toUpperCase(), lastDay,
                "CONCERN_HANDLER", "PARTNER");
        assertThat(invited.getStatus()).isEqualTo(302);
        UUID id = idOf(address);
        assertThat(invited.getRedirectedUrl()).isEqualTo("/beheer/gebruikers/" + id);
        assertThat(jdbc.sql("""
                select (password_hash is null) || ' ' || roles::text || ' ' || valid_until::text || ' ' || active
                from account where id = ?""").param(id).query(String.class).single())
                .isEqualTo("true {CONCERN_HANDLER,PARTNER} " + lastDay + " true");
        assertThat(CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql(
                "select granted_by from role_grant where account_id = ? and role = 'CONCERN_HANDLER'").param(id)
                .query(UUID.class).single())).isEqualTo(adminId);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'INVITED' and record_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(send(get("/beheer/gebruikers/" + id), admin).getContentAsString()).contains("Uitgenodigd",
                "de link is nog geldig", "Nieuwe link versturen");

        assertThat(send(get("/beheer/gebruikers").param("zoek", address).param("actief", "nee"), admin)
                .getContentAsString()).as("invited: cannot sign in yet").contains("1 gebruiker");

        String link = linksMailedTo(address, 1).get(0);
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(200);
        MockHttpServletResponse setUp = mvc.perform(post(link).param("wachtwoord", AdministeringStaffTests.PASSWORD)
                .param("herhaling", AdministeringStaffTests.PASSWORD).with(csrf())).andReturn().getResponse();
        assertThat(setUp.getRedirectedUrl()).isEqualTo("/tweede-factor/instellen");
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).as("single use").isEqualTo(404);

        MockHttpServletResponse resend = send(post("/beheer/gebruikers/" + id + "/uitnodiging-opnieuw")
                .param("versie", String.valueOf(version(id))), admin);
        assertThat(resend.getStatus()).as("set up: no invitation to send again").isEqualTo(400);
        assertThat(resend.getContentAsString()).contains("Dit account wacht niet (meer) op een uitnodiging.");
    }

    @Test
    void sending_again_makes_a_new_link_and_the_old_one_dead() throws Exception {
        RequestPostProcessor admin = admin();
        String address = address();
        assertThat(invite(admin, "Tweede Poging", address, "", "COORDINATOR").getStatus()).isEqualTo(302);
        UUID id = idOf(address);
        String first = linksMailedTo(address, 1).get(0);

        assertThat(send(post("/beheer/gebruikers/" + id + "/uitnodiging-opnieuw").param("versie", "3"), admin)
                .getStatus()).as("stale version").isEqualTo(409);
        assertThat(send(post("/beheer/gebruikers/" + id + "/uitnodiging-opnieuw")
                .param("versie", String.valueOf(version(id))), admin).getStatus()).isEqualTo(302);
        List<String> links = linksMailedTo(address, 2);
        assertThat(links).hasSize(2);
        assertThat(links.get(1)).isNotEqualTo(first);
        assertThat(mvc.perform(get(first)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(links.get(1))).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void revoking_kills_the_link_and_deactivates_the_account_which_is_kept() throws Exception {
        RequestPostProcessor admin = admin();
        String address = address();
        assertThat(invite(admin, "Ingetrokken Test", address, "", "PARTNER").getStatus()).isEqualTo(302);
        UUID id = idOf(address);
        String link = linksMailedTo(address, 1).get(0);

        assertThat(send(post("/beheer/gebruikers/" + id + "/uitnodiging-intrekken")
                .param("versie", String.valueOf(version(id))), admin).getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select active from account where id = ?").param(id).query(Boolean.class).single())
                .isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'INVITATION_REVOKED' and record_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_next_to_the_fields_and_creates_nothing() throws Exception {
        RequestPostProcessor admin = admin();
        long before = jdbc.sql("select count(*) from account").query(Long.class).single();

        MockHttpServletResponse empty = invite(admin, " ", "", "");
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("Controleer het formulier", "Vul de naam in.",
                "Vul het e-mailadres in.", "Kies minstens één rol.");

        MockHttpServletResponse wrong = invite(admin, "Goede Naam", "geen-adres", "gisteren", "KEY_FIGURE");
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString()).contains("Vul een geldig e-mailadres in",
                "Kies rollen uit de lijst.", "Vul een datum in als dd-mm-jjjj.");

        assertThat(invite(admin, "Platform", address(), "", "PLATFORM_ADMINISTRATOR").getStatus()).isEqualTo(400);
        assertThat(invite(admin, "Analist", address(), "", "ANALYST").getStatus()).isEqualTo(400);
        MockHttpServletResponse taken = invite(admin, "Dubbel", "Coordinator@Maasoever.demo", "", "PARTNER");
        assertThat(taken.getStatus()).isEqualTo(400);
        assertThat(taken.getContentAsString()).contains("Met dit e-mailadres bestaat al een account.");
        assertThat(invite(admin, "Verleden", address(), LocalDate.now(Times.ZONE).minusDays(1).toString(), "PARTNER")
                .getStatus()).isEqualTo(400);

        assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(before);
    }
}
