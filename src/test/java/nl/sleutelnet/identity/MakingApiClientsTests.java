package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.sleutelnet.HostileInput;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/** The administrator makes, lists and revokes API clients at /beheer/api-koppelingen (ADR 0028). */
@SleutelnetTest
class MakingApiClientsTests {

    static final MunicipalityId M = DemoTenants.MAASOEVER;
    private static final Pattern CREDENTIAL = Pattern.compile("id=\"sleutel\" class=\"secret\">([A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43})<");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiClientService service;

    @Autowired
    org.springframework.context.ApplicationContext context;

    private MockHttpServletRequestBuilder form(String name, String expiry, String... access) {
        MockHttpServletRequestBuilder request = post("/beheer/api-koppelingen").with(csrf())
                .with(TestUsers.as(Role.ADMINISTRATOR, M)).param("naam", name).param("vervaldatum", expiry);
        for (String a : access) {
            String[] parts = a.split("=", 2);
            request = request.param("toegang-" + parts[0], parts[1]);
        }
        return request;
    }

    private String inAMonth() {
        return service.today().plusMonths(1).toString();
    }

    private long clientsOf(MunicipalityId municipality) {
        return CurrentTenant.callAs(municipality, () -> jdbc.sql("select count(*) from api_client")
                .query(Long.class).single());
    }

    @Test
    void an_administrator_makes_a_client_and_sees_its_key_once() throws Exception {
        MockHttpServletResponse created = mvc.perform(form("Datawarehouse", inAMonth(), "sleutelfiguren=lezen",
                "wederkerigheid=schrijven")).andReturn().getResponse();

        assertThat(created.getStatus()).isEqualTo(200);
        assertThat(created.getHeader("Cache-Control")).isEqualTo("no-store");
        Matcher matcher = CREDENTIAL.matcher(created.getContentAsString());
        assertThat(matcher.find()).as("the key is on the page").isTrue();
        String credential = matcher.group(1);
        String secret = credential.substring(44);
        UUID id = ApiClientCredentials.parse(credential).orElseThrow().client();
        var row = CurrentTenant.callAs(M, () -> jdbc.sql("select name, scopes::text, secret_hash from api_client where id = ?")
                .param(id).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single());
        assertThat(row.get(0)).isEqualTo("Datawarehouse");
        assertThat(row.get(1)).isEqualTo("{sleutelfiguren:lezen,wederkerigheid:lezen,wederkerigheid:schrijven}");
        assertThat(row.get(2)).isEqualTo(ApiClientCredentials.hash(secret)).doesNotContain(secret);
        assertThat(secret).hasSize(43);

        String list = mvc.perform(get("/beheer/api-koppelingen").with(TestUsers.as(Role.ADMINISTRATOR, M)))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Datawarehouse", ApiClientFixtures.clientIdOf(credential)).doesNotContain(secret);
        assertThat(CurrentTenant.callAs(M, () -> jdbc.sql("""
                select count(*) from audit_event where municipality_id = ? and action = 'CREATE'
                  and record_type = 'api_client' and record_id = ? and actor_kind = 'STAFF'""")
                .params(M.value(), id).query(Long.class).single())).isEqualTo(1);
    }

    @Test
    void an_administrator_revokes_a_client_and_another_municipality_cannot() throws Exception {
        var client = ApiClientFixtures.of(context).create(M, 100, "sleutelfiguren=lezen");

        int foreign = mvc.perform(post("/beheer/api-koppelingen/" + client.id() + "/intrekken").with(csrf())
                .with(TestUsers.as(Role.ADMINISTRATOR, DemoTenants.WAALBERGEN))).andReturn().getResponse().getStatus();
        int own = mvc.perform(post("/beheer/api-koppelingen/" + client.id() + "/intrekken").with(csrf())
                .with(TestUsers.as(Role.ADMINISTRATOR, M))).andReturn().getResponse().getStatus();
        int again = mvc.perform(post("/beheer/api-koppelingen/" + client.id() + "/intrekken").with(csrf())
                .with(TestUsers.as(Role.ADMINISTRATOR, M))).andReturn().getResponse().getStatus();

        assertThat(foreign).isEqualTo(404);
        assertThat(own).isEqualTo(302);
        assertThat(again).as("revoking twice changes nothing").isEqualTo(302);
        assertThat(CurrentTenant.callAs(M, () -> jdbc.sql("""
                select count(*) from audit_event where municipality_id = ? and action = 'API_CLIENT_REVOKED'
                  and record_id = ?""").params(M.value(), client.id()).query(Long.class).single())).isEqualTo(1);
        assertThat(mvc.perform(get("/api/v1/sleutelfiguren").header("Authorization", "Bearer " + client.credential()))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void the_form_refuses_a_missing_or_unbounded_expiry_no_access_and_writing_concerns() throws Exception {
        long before = clientsOf(M);
        List<MockHttpServletRequestBuilder> refused = List.of(
                form("Zonder datum", "", "sleutelfiguren=lezen"),
                form("Verleden", service.today().minusDays(1).toString(), "sleutelfiguren=lezen"),
                form("Te lang", service.latestExpiry().plusDays(1).toString(), "sleutelfiguren=lezen"),
                form("Nederlandse datum", "01-01-2030", "sleutelfiguren=lezen"),
                form("Niets", inAMonth()),
                form("Niets gekozen", inAMonth(), "sleutelfiguren=geen"),
                form("Zorg schrijven", inAMonth(), "zorgmeldingen=schrijven"),
                form("Cijfers schrijven", inAMonth(), "zorgmeldingcijfers=schrijven"),
                form("", inAMonth(), "sleutelfiguren=lezen"),
                form("Limiet", inAMonth(), "sleutelfiguren=lezen").param("verzoekenPerMinuut", "0"),
                form("Limiet", inAMonth(), "sleutelfiguren=lezen").param("verzoekenPerMinuut", "999999999999"));
        for (MockHttpServletRequestBuilder request : refused) {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("foutmeldingen").doesNotContain("Bearer ");
        }
        String page = mvc.perform(form("Zorg schrijven", inAMonth(), "zorgmeldingen=schrijven")).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Kies geen, lezen of (waar dat kan) lezen en schrijven.");
        assertThat(clientsOf(M)).isEqualTo(before);
    }

    @TestFactory
    Stream<DynamicTest> hostile_input_on_the_form_is_refused_or_kept_as_text_and_never_breaks_it() {
        HostileInput hostile = HostileInput.forTest("api-client-form");
        return hostile.tests(hostile.samples(5), sample -> {
            try {
                long before = clientsOf(M);
                for (MockHttpServletRequestBuilder request : List.of(
                        form(sample, inAMonth(), "sleutelfiguren=lezen"),
                        form("Vijandig", sample, "sleutelfiguren=lezen"),
                        form("Vijandig", inAMonth(), "sleutelfiguren=" + sample),
                        form("Vijandig", inAMonth(), "sleutelfiguren=lezen").param("verzoekenPerMinuut", sample))) {
                    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                    assertThat(response.getStatus()).as(HostileInput.describe(sample)).isIn(200, 400);
                    long after = clientsOf(M);
                    assertThat(after - before).as("made at most one client").isBetween(0L, 1L);
                    assertThat(after == before).as("nothing written when refused").isEqualTo(response.getStatus() == 400);
                    before = after;
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
