package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.sleutelnet.HostileInput;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.WholePage;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * Property: whatever arrives in the staff list's search and filters and in every form of an account's
 * page (roles, last day, deactivation with hand-over, the version of every form), the answer is the
 * page with a message (400), a conflict (409) or the list: never a server error, never an unescaped
 * script, and nothing about the account changes. The invitation form creates no account from hostile
 * input, except a name that is acceptable text (then shown escaped).
 */
@SleutelnetTest
class AdministeringStaffWithHostileInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @TestFactory
    Stream<DynamicTest> every_staff_form_answers_hostile_input_safely_and_changes_nothing() {
        UUID coordinator = accounts.createStaff(DemoTenants.MAASOEVER, "vijandig-" + UUID.randomUUID() + "@test",
                "Vijandig Test", AdministeringStaffTests.PASSWORD, EnumSet.of(Role.COORDINATOR));
        jdbc.sql("update account set version = 9 where id = ?").param(coordinator).update();
        HostileInput input = HostileInput.forTest("staff administration");
        String before = digest(coordinator);
        return Stream.concat(input.tests(input.samples(25), sample -> {
            try {
                isSafe(coordinator, sample);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }), Stream.of(dynamicTest("changed nothing", () -> assertThat(digest(coordinator)).isEqualTo(before))));
    }

    private void isSafe(UUID account, String sample) throws Exception {
        MockHttpServletResponse list = send(get("/beheer/gebruikers").param("zoek", sample).param("pagina", sample));
        assertThat(list.getStatus()).isIn(200, 400);
        safePage(list);
        MockHttpServletResponse filters = send(get("/beheer/gebruikers").param("rol", sample).param("actief", sample)
                .param("tweedeFactor", sample).param("aangemeld", sample));
        assertThat(filters.getStatus()).isEqualTo(sample.isBlank() ? 200 : 400);
        safePage(filters);

        String base = "/beheer/gebruikers/" + account;
        MockHttpServletResponse roles = send(post(base + "/rollen").param("versie", "9").param("rollen", sample));
        assertThat(roles.getStatus()).isEqualTo(400);
        safePage(roles);
        if (!sample.isBlank()) {
            // blank is meaningful in these two: no last day, no hand-over
            MockHttpServletResponse endDate = send(post(base + "/einddatum").param("versie", "9")
                    .param("einddatum", sample));
            assertThat(endDate.getStatus()).isEqualTo(400);
            assertThat(endDate.getContentAsString()).contains("Vul een datum in als dd-mm-jjjj.");
            safePage(endDate);
            MockHttpServletResponse handOver = send(post(base + "/deactiveren").param("versie", "9")
                    .param("overdragenAan", sample));
            assertThat(handOver.getStatus()).isEqualTo(400);
            safePage(handOver);
        }
        for (String action : List.of("rollen", "einddatum", "deactiveren", "heractiveren", "ontgrendelen",
                "tweede-factor-herstellen")) {
            MockHttpServletResponse stale = send(post(base + "/" + action).param("versie", sample)
                    .param("rollen", "PARTNER").param("einddatum", ""));
            assertThat(stale.getStatus()).as(action).isEqualTo(409);
            safePage(stale);
        }
        assertThat(send(get("/beheer/gebruikers/{id}", sample)).getStatus()).isIn(400, 404);

        // The invitation: a hostile value in each field in turn, the others valid; nothing is created.
        String address = "vijandig-" + UUID.randomUUID() + "@gemeente.test";
        for (String field : List.of("naam", "email", "rollen", "einddatum")) {
            if (sample.isBlank() && field.equals("einddatum")) {
                continue; // no last day is a valid choice
            }
            MockHttpServletResponse invited = send(post("/beheer/gebruikers/uitnodigen")
                    .param("naam", field.equals("naam") ? sample : "Geldige Naam")
                    .param("email", field.equals("email") ? sample : address)
                    .param("rollen", field.equals("rollen") ? sample : "PARTNER")
                    .param("einddatum", field.equals("einddatum") ? sample : ""));
            if (invited.getStatus() == 302 && field.equals("naam")) {
                // some hostile text is an acceptable name (letters of any script); then it is shown escaped
                UUID created = jdbc.sql("select id from account where username = ?").param(address)
                        .query(UUID.class).single();
                safePage(send(get("/beheer/gebruikers/" + created)));
                jdbc.sql("update account set active = false where id = ?").param(created).update();
                address = "vijandig-" + UUID.randomUUID() + "@gemeente.test";
                continue;
            }
            assertThat(invited.getStatus()).as(field).isEqualTo(400);
            safePage(invited);
            assertThat(jdbc.sql("select count(*) from account where username = ?").param(address)
                    .query(Long.class).single()).as(field).isZero();
        }
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestUsers.as(Role.ADMINISTRATOR, DemoTenants.MAASOEVER)).with(csrf()))
                .andReturn().getResponse();
    }

    private static void safePage(MockHttpServletResponse response) throws Exception {
        String html = response.getContentAsString();
        WholePage.assertWhole(html);
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<svg onload");
    }

    /** The account row as the administrator can change it, its grants and its audit entries. */
    private String digest(UUID account) {
        String row = jdbc.sql("""
                select roles::text || active || coalesce(valid_until::text, '-') || version || totp_enabled
                from account where id = ?""").param(account).query(String.class).single();
        long grants = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql(
                "select count(*) from role_grant where account_id = ?").param(account).query(Long.class).single());
        long audited = jdbc.sql("select count(*) from audit_event where record_id = ?").param(account)
                .query(Long.class).single();
        return row + "|" + grants + "|" + audited;
    }
}
