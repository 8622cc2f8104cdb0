package nl.sleutelnet.identity.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.sleutelnet.HostileInput;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.AccountSetupLinks;
import nl.sleutelnet.identity.Browserless;
import nl.sleutelnet.identity.RouteTable;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * The platform administrator's screens: adding regions and municipalities (CBS code checked,
 * unique), creating a municipality's first administrator once and a region's analysts, each
 * change audited; refused input changes nothing and is never a server error.
 */
@SleutelnetTest
class ManagingRegionsAndMunicipalitiesTests {

    private static final RequestPostProcessor PLATFORM = TestUsers.as(Role.PLATFORM_ADMINISTRATOR, DemoTenants.MAASOEVER);
    private static final Pattern LINK = Pattern.compile("value=\"(http[^\"]*" + AccountSetupLinks.PATH + "[A-Za-z0-9_-]{43})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    RouteTable routeTable;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(PLATFORM).with(csrf())).andReturn().getResponse();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private UUID newRegion() throws Exception {
        MockHttpServletResponse added = send(post("/platform/regio").param("naam", "Regio " + UUID.randomUUID()));
        assertThat(added.getStatus()).isEqualTo(302);
        return UUID.fromString(added.getRedirectedUrl().substring("/platform/regio/".length()));
    }

    /** A CBS code no municipality has yet. */
    private String freeCode() {
        while (true) {
            String code = String.format("GM%04d", 5000 + ThreadLocalRandom.current().nextInt(5000));
            if (jdbc.sql("select count(*) from municipality where cbs_code = ?").param(code).query(Long.class).single() == 0) {
                return code;
            }
        }
    }

    private UUID newMunicipality(UUID region) throws Exception {
        MockHttpServletResponse added = send(post("/platform/regio/" + region + "/gemeente")
                .param("naam", "Gemeente " + UUID.randomUUID().toString().substring(0, 8)).param("cbsCode", freeCode()));
        assertThat(added.getStatus()).isEqualTo(302);
        return UUID.fromString(added.getRedirectedUrl().substring("/platform/gemeente/".length()));
    }

    private long audited(String recordType, UUID id) {
        return jdbc.sql("select count(*) from audit_event where action = 'CREATE' and record_type = ? and record_id = ?")
                .params(recordType, id).query(Long.class).single();
    }

    @Test
    void a_region_and_a_municipality_are_added_listed_and_audited() throws Exception {
        UUID region = newRegion();
        assertThat(audited("region", region)).isOne();
        String code = freeCode();
        MockHttpServletResponse added = send(post("/platform/regio/" + region + "/gemeente")
                .param("naam", "  Lindewaard ").param("cbsCode", code.toLowerCase()));
        assertThat(added.getStatus()).isEqualTo(302);
        UUID municipality = UUID.fromString(added.getRedirectedUrl().substring("/platform/gemeente/".length()));
        assertThat(audited("municipality", municipality)).isOne();
        assertThat(jdbc.sql("select name || ' ' || cbs_code from municipality where id = ?").param(municipality)
                .query(String.class).single()).isEqualTo("Lindewaard " + code);

        assertThat(send(get("/platform")).getContentAsString()).contains("/platform/regio/" + region);
        String page = send(get("/platform/regio/" + region)).getContentAsString();
        assertThat(page).contains("Lindewaard").contains(code);
        assertThat(send(get("/platform/gemeente/" + municipality)).getContentAsString()).contains("Lindewaard")
                .contains("Eerste beheerder aanmaken");
    }

    @Test
    void a_long_list_of_municipalities_is_paged() throws Exception {
        UUID region = newRegion();
        for (int i = 0; i < 27; i++) {
            newMunicipality(region);
        }
        String first = send(get("/platform/regio/" + region)).getContentAsString();
        assertThat(first).contains("27 gemeenten").contains("Pagina 1 van 2").contains("pagina=2");
        String second = send(get("/platform/regio/" + region).param("pagina", "2")).getContentAsString();
        assertThat(second).contains("Pagina 2 van 2");
        assertThat(Pattern.compile("/platform/gemeente/").matcher(second).results().count()).isEqualTo(2);
    }

    @Test
    void a_wrong_or_taken_cbs_code_or_name_is_refused_with_a_clear_message_and_nothing_changes() throws Exception {
        UUID region = newRegion();
        long before = count("municipality");
        for (String code : List.of("", "GM123", "GM12345", "XX0363", "GM03a3", "GM\uFF10\uFF13\uFF16\uFF13", "0363",
                "GM0363 GM0364", DemoCodes.taken(jdbc))) {
            MockHttpServletResponse refused = send(post("/platform/regio/" + region + "/gemeente")
                    .param("naam", "Nieuwe gemeente").param("cbsCode", code));
            assertThat(refused.getStatus()).as(code).isEqualTo(400);
            assertThat(refused.getContentAsString()).as(code).contains("cbsCode-fout");
        }
        for (String name : List.of("", "   ", "<b>Gemeente</b>", "x".repeat(201), "Gemeente\u202Eteb")) {
            MockHttpServletResponse refused = send(post("/platform/regio/" + region + "/gemeente")
                    .param("naam", name).param("cbsCode", freeCode()));
            assertThat(refused.getStatus()).as(name).isEqualTo(400);
            assertThat(refused.getContentAsString()).contains("naam-fout");
        }
        assertThat(count("municipality")).isEqualTo(before);
        long regions = count("region");
        String existing = jdbc.sql("select name from region where id = ?").param(region).query(String.class).single();
        assertThat(send(post("/platform/regio").param("naam", existing.toUpperCase())).getStatus()).isEqualTo(400);
        assertThat(send(post("/platform/regio").param("naam", "")).getContentAsString()).contains("Vul een naam in.");
        assertThat(count("region")).isEqualTo(regions);
        assertThat(send(post("/platform/regio/" + UUID.randomUUID() + "/gemeente").param("naam", "X")
                .param("cbsCode", freeCode())).getStatus()).isEqualTo(404);
    }

    @Test
    void the_first_administrator_gets_a_set_up_link_once_and_a_second_is_refused() throws Exception {
        UUID municipality = newMunicipality(newRegion());
        String email = "beheer-" + UUID.randomUUID() + "@gemeente.test";
        MockHttpServletResponse created = send(post("/platform/gemeente/" + municipality + "/beheerder")
                .param("naam", "Anna Beheer").param("email", email));
        assertThat(created.getStatus()).isEqualTo(200);
        Matcher link = LINK.matcher(created.getContentAsString());
        assertThat(link.find()).as("the link is shown").isTrue();
        UUID account = jdbc.sql("select id from account where username = ?").param(email).query(UUID.class).single();
        assertThat(jdbc.sql("select municipality_id = ? and password_hash is null and roles = '{ADMINISTRATOR}' from account where id = ?")
                .params(municipality, account).query(Boolean.class).single()).isTrue();
        assertThat(audited("account", account)).isOne();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SETUP_LINK_ISSUED' and record_id = ? and municipality_id = ?")
                .params(account, municipality).query(Long.class).single()).isOne();
        String path = link.group(1).substring(link.group(1).indexOf(AccountSetupLinks.PATH));
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(200);

        // Only names on the municipality's page; no form for a second first administrator.
        String page = send(get("/platform/gemeente/" + municipality)).getContentAsString();
        assertThat(page).contains("Anna Beheer").doesNotContain(path).doesNotContain("beheerder-toevoegen");
        MockHttpServletResponse second = send(post("/platform/gemeente/" + municipality + "/beheerder")
                .param("naam", "Bert Tweede").param("email", "tweede-" + UUID.randomUUID() + "@gemeente.test"));
        assertThat(second.getStatus()).isEqualTo(400);
        assertThat(second.getContentAsString()).contains("heeft al een actieve beheerder");
        assertThat(jdbc.sql("select count(*) from account where municipality_id = ?").param(municipality)
                .query(Long.class).single()).isOne();
    }

    @Test
    void an_administrator_needs_a_valid_unused_e_mail_address_and_a_name() throws Exception {
        UUID municipality = newMunicipality(newRegion());
        long before = count("account");
        String taken = jdbc.sql("select username from account order by username limit 1").query(String.class).single();
        String[][] attempts = { { "Anna", "" }, { "Anna", "geen-adres" }, { "Anna", taken }, { "Anna", taken.toUpperCase() },
                { "", "leeg-" + UUID.randomUUID() + "@gemeente.test" }, { "<script>", "x-" + UUID.randomUUID() + "@gemeente.test" } };
        for (String[] attempt : attempts) {
            MockHttpServletResponse refused = send(post("/platform/gemeente/" + municipality + "/beheerder")
                    .param("naam", attempt[0]).param("email", attempt[1]));
            assertThat(refused.getStatus()).as(String.join(" ", attempt)).isEqualTo(400);
        }
        assertThat(count("account")).isEqualTo(before);
        assertThat(send(post("/platform/gemeente/" + UUID.randomUUID() + "/beheerder").param("naam", "A")
                .param("email", "a-" + UUID.randomUUID() + "@gemeente.test")).getStatus()).isEqualTo(404);
    }

    @Test
    void a_regional_analyst_belongs_to_the_region_and_gets_a_set_up_link() throws Exception {
        UUID region = newRegion();
        String email = "analist-" + UUID.randomUUID() + "@regio.test";
        MockHttpServletResponse created = send(post("/platform/regio/" + region + "/account")
                .param("naam", "Ria Regio").param("email", email).param("rollen", "ANALYST", "RESEARCHER"));
        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(LINK.matcher(created.getContentAsString()).find()).isTrue();
        assertThat(jdbc.sql("""
                select region_id = ? and municipality_id is null and roles @> '{ANALYST,RESEARCHER}' from account where username = ?""")
                .params(region, email).query(Boolean.class).single()).isTrue();
        assertThat(send(get("/platform/regio/" + region)).getContentAsString()).contains("Ria Regio");

        long before = count("account");
        for (String role : List.of("", "ADMINISTRATOR", "PLATFORM_ADMINISTRATOR", "COORDINATOR")) {
            assertThat(send(post("/platform/regio/" + region + "/account").param("naam", "Rob")
                    .param("email", "rob-" + UUID.randomUUID() + "@regio.test").param("rollen", role)).getStatus())
                    .as(role).isEqualTo(400);
        }
        assertThat(count("account")).isEqualTo(before);
    }

    @Test
    void staff_of_a_municipality_cannot_use_the_platform_screens() throws Exception {
        for (Role role : Role.values()) {
            if (role == Role.PLATFORM_ADMINISTRATOR) {
                continue;
            }
            int status = mvc.perform(post("/platform/regio").param("naam", "Regio " + UUID.randomUUID())
                    .with(TestUsers.as(role, DemoTenants.MAASOEVER)).with(csrf())).andReturn().getResponse().getStatus();
            assertThat(status).as(role.name()).isEqualTo(403);
        }
    }

    @Test
    void the_signed_in_demo_platform_administrator_is_refused_every_content_page() throws Exception {
        Browserless browser = new Browserless(port);
        assertThat(browser.login("platform@sleutelnet.demo", "Demo-Sleutelnet-2026").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(browser.get("/").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/platform"));
        assertThat(browser.get("/platform").statusCode()).isEqualTo(200);
        List<String> wrong = new java.util.ArrayList<>();
        int checked = 0;
        for (RouteTable.Route route : routeTable.routes()) {
            boolean plainGet = route.method() == HttpMethod.GET && route.access() == RouteTable.Access.ROLES
                    && !route.pattern().contains("{") && !route.pattern().contains("*");
            if (plainGet && !route.roles().contains(Role.PLATFORM_ADMINISTRATOR)) {
                checked++;
                int status = browser.get(route.pattern()).statusCode();
                if (status != 403) {
                    wrong.add(route.pattern() + " -> " + status);
                }
            }
        }
        assertThat(checked).as("content pages tried").isGreaterThan(20);
        assertThat(wrong).as("content pages answering the platform administrator").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> hostile_input_on_every_platform_form_is_refused_or_kept_as_typed() throws Exception {
        HostileInput hostile = HostileInput.forTest("ManagingRegionsAndMunicipalitiesTests");
        UUID region = newRegion();
        UUID municipality = newMunicipality(region);
        return hostile.tests(hostile.samples(15), sample -> {
            try {
                long regions = count("region");
                int status = send(post("/platform/regio").param("naam", sample)).getStatus();
                assertThat(status).as("region").isIn(302, 400);
                assertThat(count("region")).isEqualTo(regions + (status == 302 ? 1 : 0));

                long municipalities = count("municipality");
                assertThat(send(post("/platform/regio/" + region + "/gemeente").param("naam", "Gemeente")
                        .param("cbsCode", sample)).getStatus()).as("cbs code").isEqualTo(400);
                status = send(post("/platform/regio/" + region + "/gemeente").param("naam", sample)
                        .param("cbsCode", freeCode())).getStatus();
                assertThat(status).as("municipality name").isIn(302, 400);
                assertThat(count("municipality")).isEqualTo(municipalities + (status == 302 ? 1 : 0));

                long accounts = count("account");
                status = send(post("/platform/regio/" + region + "/account").param("naam", "Rob")
                        .param("email", sample).param("rollen", "ANALYST")).getStatus();
                assertThat(status).as("e-mail").isIn(200, 400);
                assertThat(count("account")).isEqualTo(accounts + (status == 200 ? 1 : 0));
                accounts = count("account");
                status = send(post("/platform/regio/" + region + "/account").param("naam", sample)
                        .param("email", "h-" + UUID.randomUUID() + "@regio.test").param("rollen", sample)).getStatus();
                assertThat(status).as("regional account").isEqualTo(400);
                assertThat(count("account")).isEqualTo(accounts);
                status = send(post("/platform/gemeente/" + municipality + "/beheerder").param("naam", sample)
                        .param("email", sample)).getStatus();
                assertThat(status).as("administrator").isIn(200, 400);
                assertThat(count("account")).isEqualTo(accounts + (status == 200 ? 1 : 0));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A CBS code of the demo data. */
    private static final class DemoCodes {
        static String taken(JdbcClient jdbc) {
            return jdbc.sql("select cbs_code from municipality order by cbs_code limit 1").query(String.class).single();
        }
    }
}
