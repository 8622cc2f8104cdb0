package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.DemoTenants;

/** Session cookie, session id renewal, logout, CSRF and security headers over real HTTP. */
@SleutelnetTest
class SessionSecurityTests {

    private static final String PASSWORD = "Demo-Sleutelnet-2026";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SecurityProperties properties;

    @Test
    void the_session_cookie_is_host_only_secure_http_only_and_strictly_same_site() throws Exception {
        HttpResponse<String> response = new Browserless(port).get("/inloggen");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("__Host-SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("; Path=/").contains("; Secure").contains("; HttpOnly").contains("SameSite=Strict")
                .doesNotContainIgnoringCase("Domain=");
    }

    @Test
    void logging_in_gives_a_new_session_id_and_logging_out_ends_the_session() throws Exception {
        Browserless browser = new Browserless(port);
        browser.get("/inloggen");
        String before = browser.session();

        HttpResponse<String> login = browser.login("coordinator@waalbergen.demo", PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        String after = browser.session();
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/start").statusCode()).isEqualTo(200);

        String token = browser.csrf("/start");
        assertThat(browser.post("/uitloggen", Map.of("_csrf", token)).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/inloggen?uitgelogd"));

        Browserless replay = new Browserless(port);
        replay.cookies.put("__Host-SESSION", after);
        HttpResponse<String> reuse = replay.get("/start");
        assertThat(reuse.statusCode()).isEqualTo(302);
        assertThat(reuse.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/inloggen"));
    }

    @Test
    void state_changing_requests_without_a_csrf_token_are_refused() throws Exception {
        Browserless browser = new Browserless(port);
        browser.get("/inloggen");
        assertThat(browser.post("/inloggen", Map.of("gebruikersnaam", "coordinator@waalbergen.demo",
                "wachtwoord", PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(browser.post("/inloggen", Map.of("gebruikersnaam", "coordinator@waalbergen.demo",
                "wachtwoord", PASSWORD, "_csrf", "vervalst")).statusCode()).isEqualTo(403);

        browser.login("coordinator@waalbergen.demo", PASSWORD);
        assertThat(browser.post("/uitloggen", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.get("/start").statusCode()).as("still logged in").isEqualTo(200);
    }

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        Browserless browser = new Browserless(port);
        for (String path : List.of("/inloggen", "/actuator/health", "/api/v1/openapi.json", "/bestaat-niet",
                "/api/v1/sleutelfiguren", "/css/sleutelnet.css")) {
            var headers = browser.get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'")
                            .contains("frame-ancestors 'none'").contains("object-src 'none'")
                            .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path)
                    .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
    }

    @Test
    void a_session_ends_at_the_absolute_time_out_however_active_it_is() throws Exception {
        var filter = new SecurityConfiguration.AbsoluteSessionTimeout(properties);

        MockHttpServletRequest fresh = new MockHttpServletRequest("GET", "/start");
        fresh.getSession().setAttribute(SecurityProperties.SIGNED_IN_AT, Instant.now().minus(Duration.ofMinutes(5)));
        filter.doFilter(fresh, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(((MockHttpSession) fresh.getSession(false)).isInvalid()).isFalse();

        MockHttpServletRequest old = new MockHttpServletRequest("GET", "/start");
        MockHttpSession session = (MockHttpSession) old.getSession();
        session.setAttribute(SecurityProperties.SIGNED_IN_AT,
                Instant.now().minus(properties.sessionAbsoluteTimeout()).minus(Duration.ofMinutes(1)));
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(old, new MockHttpServletResponse(), chain);
        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("the request continues, now anonymous").isNotNull();
    }

    @Test
    void logout_is_a_post_with_csrf() throws Exception {
        mvc.perform(get("/uitloggen").with(TestUsers.as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/uitloggen").with(csrf()).with(TestUsers.as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                .andExpect(status().isFound());
    }
}
