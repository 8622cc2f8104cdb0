package nl.sleutelnet.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

@SleutelnetTest
class ShellTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void staff_land_on_the_start_page_and_key_figures_on_the_portal() throws Exception {
        mvc.perform(get("/").with(TestUsers.as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                .andExpect(redirectedUrl("/start"));
        mvc.perform(get("/").with(TestUsers.as(Role.KEY_FIGURE, DemoTenants.MAASOEVER)))
                .andExpect(redirectedUrl("/portaal"));
    }

    @Test
    void every_staff_role_gets_a_start_page_that_says_what_to_do() throws Exception {
        for (Role role : Role.values()) {
            if (role == Role.KEY_FIGURE || role == Role.PLATFORM_ADMINISTRATOR) {
                continue;
            }
            mvc.perform(get("/start").with(TestUsers.as(role, DemoTenants.MAASOEVER)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Welkom, Test " + role.name())))
                    .andExpect(content().string(containsString("Demo-omgeving")));
        }
        mvc.perform(get("/start").with(TestUsers.as(Role.COORDINATOR, DemoTenants.MAASOEVER)))
                .andExpect(content().string(containsString("Uw netwerk telt " + keyFiguresOfMaasoever() + " sleutelfiguren")))
                .andExpect(content().string(containsString("Maasoever (demo)")));
        mvc.perform(get("/start").with(TestUsers.as(Role.ANALYST, DemoTenants.MAASOEVER)))
                .andExpect(content().string(containsString("Regio Gelderland-Zuid (demo)")));
    }

    @Test
    void the_language_switch_shows_english_and_is_remembered() throws Exception {
        var coordinator = TestUsers.as(Role.COORDINATOR, DemoTenants.MAASOEVER);
        var english = mvc.perform(get("/start").param("lang", "en").with(coordinator))
                .andExpect(content().string(containsString("Welcome, Test COORDINATOR")))
                .andExpect(content().string(containsString("lang=\"en\"")))
                .andReturn().getResponse().getCookie("__Host-taal");
        mvc.perform(get("/start").cookie(new Cookie("__Host-taal", english.getValue())).with(coordinator))
                .andExpect(content().string(containsString("Your network has " + keyFiguresOfMaasoever() + " key figures")));
        mvc.perform(get("/start").param("lang", "de").with(coordinator))
                .andExpect(content().string(containsString("Welkom, Test COORDINATOR")));
    }

    @Test
    void unknown_and_foreign_records_answer_404_and_forbidden_pages_403() throws Exception {
        var coordinator = TestUsers.as(Role.COORDINATOR, DemoTenants.MAASOEVER);
        mvc.perform(get("/sleutelfiguren/{id}", "geen-uuid").with(coordinator)).andExpect(status().isNotFound());
        mvc.perform(get("/beheer/audit").with(coordinator)).andExpect(status().isForbidden());
    }

    @Test
    void error_pages_are_friendly_and_leak_nothing() throws Exception {
        for (int code : new int[] { 400, 403, 404, 500, 503 }) {
            mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
                    .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/sleutelfiguren/x")
                    .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("geheime details")))
                    .andExpect(status().is(code))
                    .andExpect(content().string(containsString("Naar de startpagina")))
                    .andExpect(content().string(not(containsString("geheime details"))))
                    .andExpect(content().string(not(containsString("Exception"))));
        }
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/bestaat-niet"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("\"status\":404")));
    }

    /** The demo has 14; other tests of the shared database add their own. */
    private long keyFiguresOfMaasoever() {
        long count = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql(
                "select count(*) from key_figure where municipality_id = ?").param(DemoTenants.MAASOEVER.value())
                .query(Long.class).single());
        assertThat(count).isGreaterThanOrEqualTo(14);
        return count;
    }
}
