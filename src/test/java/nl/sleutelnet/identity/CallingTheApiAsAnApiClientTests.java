package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * An integration calls /api/v1 with an API client's bearer credential (ADR 0028), over real HTTP:
 * no session, its scopes decide, it never sees another municipality, and what it does is audited
 * in its name.
 */
@SleutelnetTest
class CallingTheApiAsAnApiClientTests {

    static final MunicipalityId M = DemoTenants.MAASOEVER;
    static final MunicipalityId W = DemoTenants.WAALBERGEN;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> call(String method, String path, String credential, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (credential != null) {
            request.header("Authorization", "Bearer " + credential);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String credential) throws Exception {
        return call("GET", path, credential, null);
    }

    private UUID first(String table, MunicipalityId municipality) {
        return CurrentTenant.callAs(municipality, () -> JdbcClient.create(dataSource)
                .sql("select id from " + table + " order by id limit 1").query(UUID.class).single());
    }

    private ApiClientFixtures clients() {
        return ApiClientFixtures.of(context);
    }

    private static void assertUnauthorised(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer realm=\"sleutelnet\""));
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_client_reads_key_figures_without_a_session_and_no_cookie_is_issued() throws Exception {
        var client = clients().create(M, 1000, "sleutelfiguren=lezen");
        Long sessionsBefore = jdbc.sql("select count(*) from spring_session").query(Long.class).single();

        HttpResponse<String> list = get("/api/v1/sleutelfiguren", client.credential());
        HttpResponse<String> one = get("/api/v1/sleutelfiguren/" + first("key_figure", M), client.credential());

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(list.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(one.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(sessionsBefore);
        assertThat(CurrentTenant.callAs(M, () -> jdbc.sql("select last_used_at is not null from api_client where id = ?")
                .param(client.id()).query(Boolean.class).single())).as("last use recorded").isTrue();
    }

    @Test
    void an_unknown_forged_expired_or_revoked_credential_gets_401_with_a_challenge() throws Exception {
        var client = clients().create(M, 1000, "sleutelfiguren=lezen");
        String path = "/api/v1/sleutelfiguren";
        String secret = client.credential().substring(client.credential().indexOf('.') + 1);
        String otherMunicipality = ApiClientCredentials.clientId(W, client.id()) + "." + secret;
        String wrongSecret = client.clientId() + "." + ApiClientCredentials.newSecret();

        assertUnauthorised(get(path, "not-a-credential"));
        assertUnauthorised(get(path, ApiClientCredentials.clientId(M, UUID.randomUUID()) + "." + secret));
        assertUnauthorised(get(path, wrongSecret));
        assertUnauthorised(get(path, otherMunicipality));
        assertUnauthorised(get(path, clients().expired(M, "sleutelfiguren:lezen")));
        assertThat(get(path, client.credential()).statusCode()).isEqualTo(200);

        clients().revoke(M, client.id());

        assertUnauthorised(get(path, client.credential()));
        assertThat(CurrentTenant.callAs(M, () -> jdbc.sql("""
                select count(*) from audit_event where municipality_id = ? and actor_kind = 'API_CLIENT'
                  and actor_id = ? and action = 'API_CLIENT_REFUSED' and outcome = 'DENIED'""")
                .params(M.value(), client.id()).query(Long.class).single())).isEqualTo(1);
        assertThat(get(path, null).headers().firstValue("WWW-Authenticate")).as("anonymous API call")
                .hasValue(SecurityConfiguration.ApiClientAuthentication.CHALLENGE);
    }

    @Test
    void a_read_only_client_cannot_write_and_a_writing_one_needs_no_csrf_token() throws Exception {
        var reader = clients().create(M, 1000, "sleutelfiguren=lezen", "wederkerigheid=lezen");
        var writer = clients().create(M, 1000, "sleutelfiguren=schrijven");
        long before = CurrentTenant.callAs(M, () -> jdbc.sql("select count(*) from key_figure").query(Long.class).single());

        HttpResponse<String> refused = call("POST", "/api/v1/sleutelfiguren", reader.credential(), "{}");
        HttpResponse<String> reached = call("POST", "/api/v1/sleutelfiguren", writer.credential(), "{}");
        HttpResponse<String> otherGroup = call("POST", "/api/v1/sleutelfiguren/" + first("key_figure", M)
                + "/wederkerigheid", writer.credential(), "{}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(reached.statusCode()).as("reaches the controller, which refuses the empty body").isEqualTo(400);
        assertThat(reached.body()).contains("invalidParams");
        assertThat(otherGroup.statusCode()).isEqualTo(403);
        assertThat(CurrentTenant.callAs(M, () -> jdbc.sql("select count(*) from key_figure").query(Long.class).single()))
                .isEqualTo(before);
        assertThat(CurrentTenant.callAs(M, () -> jdbc.sql("""
                select count(*) from audit_event where municipality_id = ? and actor_kind = 'API_CLIENT'
                  and actor_id = ? and action = 'ACCESS_DENIED'""")
                .params(M.value(), reader.id()).query(Long.class).single())).isEqualTo(1);
    }

    @Test
    void concern_contents_need_a_scope_that_names_them_and_no_client_takes_a_step() throws Exception {
        var figures = clients().create(M, 1000, "zorgmeldingcijfers=lezen");
        var contents = clients().create(M, 1000, "zorgmeldingen=lezen");
        UUID concern = first("concern", M);

        assertThat(get("/api/v1/zorgmeldingen/cijfers", figures.credential()).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/zorgmeldingen", figures.credential()).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/zorgmeldingen/" + concern, figures.credential()).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/zorgmeldingen/cijfers", contents.credential()).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/zorgmeldingen", contents.credential()).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/zorgmeldingen/" + concern, contents.credential()).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/zorgmeldingen/" + concern + "/stappen", contents.credential(),
                "{\"stap\":\"BEVESTIGEN\",\"versie\":0}").statusCode()).isEqualTo(403);
        assertThat(CurrentTenant.callAs(M, () -> jdbc.sql("""
                select count(*) from audit_event where municipality_id = ? and actor_kind = 'API_CLIENT'
                  and actor_id = ? and action = 'READ' and record_type = 'concern' and record_id = ?""")
                .params(M.value(), contents.id(), concern).query(Long.class).single()))
                .as("the read of the concern is audited as the client").isPositive();
    }

    @Test
    void a_client_of_one_municipality_gets_404_for_another_municipalitys_records() throws Exception {
        var client = ApiClientFixtures.of(context).withEveryScope(M);

        assertThat(get("/api/v1/sleutelfiguren/" + first("key_figure", W), client.credential()).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/zorgmeldingen/" + first("concern", W), client.credential()).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/contactmomenten/" + first("contact_moment", W), client.credential()).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/sleutelfiguren/" + first("key_figure", M), client.credential()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void what_a_client_does_is_audited_in_its_name_with_codes_only() throws Exception {
        var client = clients().create(M, 1000, "sleutelfiguren=lezen");
        UUID keyFigure = first("key_figure", M);

        assertThat(get("/api/v1/sleutelfiguren/" + keyFigure, client.credential()).statusCode()).isEqualTo(200);

        var entries = CurrentTenant.callAs(M, () -> jdbc.sql("""
                select actor_kind, action, record_type, record_id from audit_event
                where municipality_id = ? and actor_id = ? order by seq""")
                .params(M.value(), client.id())
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getObject(4)).list());
        assertThat(entries).contains("API_CLIENT READ key_figure " + keyFigure);
    }

    @Test
    void a_client_over_its_request_limit_gets_429_with_retry_after() throws Exception {
        var client = clients().create(M, 3, "zorgmeldingcijfers=lezen");
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/v1/zorgmeldingen/cijfers", client.credential()).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> limited = get("/api/v1/zorgmeldingen/cijfers", client.credential());

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        var other = clients().create(M, 3, "zorgmeldingcijfers=lezen");
        assertThat(get("/api/v1/zorgmeldingen/cijfers", other.credential()).statusCode())
                .as("the limit is per client").isEqualTo(200);
    }

    @Test
    void a_client_sees_contact_moments_but_not_their_notes() throws Exception {
        var client = clients().create(M, 1000, "contactmomenten=lezen");
        UUID withNote = CurrentTenant.callAs(M, () -> jdbc.sql(
                "select id from contact_moment where note is not null order by id limit 1").query(UUID.class).single());

        HttpResponse<String> list = get("/api/v1/contactmomenten", client.credential());
        HttpResponse<String> one = get("/api/v1/contactmomenten/" + withNote, client.credential());

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"heeftNotitie\":true").doesNotContain("\"notitie\":\"");
    }

    @Test
    void the_api_document_declares_the_client_scheme_and_the_scope_of_each_operation() throws Exception {
        HttpResponse<String> document = get("/api/v1/openapi.json", null);
        assertThat(document.statusCode()).isEqualTo(200);
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(document.body());

        var scheme = json.path("components").path("securitySchemes").path("apiClient");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(json.path("security").toString()).contains("apiClient", "sessie");
        var keyFigures = json.path("paths").path("/sleutelfiguren");
        assertThat(keyFigures.path("get").path("description").asString()).endsWith("scope sleutelfiguren:lezen.");
        assertThat(keyFigures.path("post").path("description").asString()).endsWith("scope sleutelfiguren:schrijven.");
        assertThat(json.path("paths").path("/zorgmeldingen/{id}/stappen").path("post").path("description").asString())
                .endsWith("Niet voor API-koppelingen.");
        assertThat(keyFigures.path("get").path("responses").path("429").path("headers").has("Retry-After")).isTrue();
        assertThat(keyFigures.path("get").path("responses").path("401").path("headers").has("WWW-Authenticate")).isTrue();
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    /** Audit entries that a request could cause (scheduled jobs write as SYSTEM meanwhile). */
    private static final String NOT_BY_A_JOB = "select count(*) from audit_event where actor_kind <> 'SYSTEM'";

    @org.junit.jupiter.api.TestFactory
    java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> hostile_bearer_credentials_get_401_and_write_nothing() {
        var client = clients().create(M, 6000, "sleutelfiguren=lezen");
        nl.sleutelnet.HostileInput hostile = nl.sleutelnet.HostileInput.forTest("api-client-bearer");
        java.util.List<String> samples = new java.util.ArrayList<>(hostile.samples(10));
        samples.add(client.clientId() + "." + nl.sleutelnet.HostileInput.describe("x"));
        samples.add(client.clientId() + ".' or '1'='1");
        samples.add(client.credential() + " ");
        samples.add(client.credential().toUpperCase(java.util.Locale.ROOT));
        return hostile.tests(samples, sample -> {
            try {
                long audit = jdbc.sql(NOT_BY_A_JOB).query(Long.class).single();
                var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/sleutelfiguren").header("Authorization", "Bearer " + sample))
                        .andReturn().getResponse();
                boolean same = sample.strip().equals(client.credential());
                // The security firewall refuses a header with control or non-ASCII characters (400) before
                // any authentication; every other credential that is not the client's gets 401.
                boolean unprintable = !sample.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
                assertThat(response.getStatus()).as(nl.sleutelnet.HostileInput.describe(sample))
                        .isEqualTo(same ? 200 : unprintable && response.getStatus() == 400 ? 400 : 401);
                if (response.getStatus() == 401) {
                    assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
                }
                if (!same) {
                    assertThat(jdbc.sql(NOT_BY_A_JOB).query(Long.class).single())
                            .as("an unknown credential writes nothing").isEqualTo(audit);
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
