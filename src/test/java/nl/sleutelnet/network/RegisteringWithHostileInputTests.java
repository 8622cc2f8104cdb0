package nl.sleutelnet.network;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.HostileInput;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property: whatever arrives in the register form or the API body, the answer is a saved key
 * figure or a clear refusal — never a server error, never an unescaped script — and a refusal
 * writes nothing.
 */
@SleutelnetTest
class RegisteringWithHostileInputTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureService keyFigures;

    @TestFactory
    Stream<DynamicTest> the_form_answers_every_value_in_every_field_safely() {
        HostileInput input = HostileInput.forTest("register form");
        return input.tests(input.samples(20), sample -> {
            try {
                // In the name: saved (then shown escaped), a duplicate warning, or refused.
                MockHttpServletResponse named = mvc.perform(form().param("givenName", sample).param("familyName", sample))
                        .andReturn().getResponse();
                assertThat(named.getStatus()).as("name").isIn(200, 302, 400);
                assertEscaped(named);
                // Everywhere else at once: always refused, nothing written.
                Map<String, String> before = RegisterTesting.rows(jdbc);
                MockHttpServletResponse rest = mvc.perform(form().param("givenName", "Ilse").param("familyName", "Rest")
                        .param("email", sample).param("phone", sample).param("preferredLanguage", "other")
                        .param("otherLanguage", sample).param("preferredChannel", sample).param("areaCodes", sample)
                        .param("networkKinds", sample).param("roleTypes", sample).param("introducedBy", sample))
                        .andReturn().getResponse();
                assertThat(rest.getStatus()).isEqualTo(400);
                assertEscaped(rest);
                assertThat(RegisterTesting.rows(jdbc)).isEqualTo(before);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> the_api_answers_every_value_with_a_key_figure_or_a_problem() {
        HostileInput input = HostileInput.forTest("register API");
        KeyFigureId target = CurrentTenant.callAs(DemoTenants.LINGEDONK,
                () -> keyFigures.register(RegisterTesting.draft("Vast", RegisterTesting.uniqueName("Doel"))));
        Map<String, String> start = RegisterTesting.rows(jdbc);
        return Stream.concat(input.tests(input.samples(20), sample -> {
            try {
                for (String field : new String[] { "voornaam", "email", "telefoon", "taal", "kanaal", "aangedragenDoor" }) {
                    ObjectNode body = JSON.createObjectNode().put("voornaam", "Ilse").put("achternaam", "Api")
                            .put("versie", 99).put(field, sample);
                    body.putArray("gebieden").add(sample.length() > 20 ? "x" : sample);
                    MockHttpServletResponse created = mvc.perform(post("/api/v1/sleutelfiguren")
                            .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(body.toString())).andReturn().getResponse();
                    assertThat(created.getStatus()).as(field).isEqualTo(400);
                    assertThat(created.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    MockHttpServletResponse changed = mvc.perform(put("/api/v1/sleutelfiguren/" + target)
                            .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(body.toString())).andReturn().getResponse();
                    assertThat(changed.getStatus()).as(field).isIn(400, 409);
                    assertThat(changed.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                }
                MockHttpServletResponse raw = mvc.perform(post("/api/v1/sleutelfiguren")
                        .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(sample)).andReturn().getResponse();
                assertThat(raw.getStatus()).as("the sample as the whole body").isEqualTo(400);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }), Stream.of(dynamicTest("wrote nothing", () -> assertThat(RegisterTesting.rows(jdbc)).isEqualTo(start))));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form() {
        return post("/sleutelfiguren/nieuw").with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)).with(csrf())
                .param("preferredChannel", "PHONE");
    }

    private static void assertEscaped(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentAsString()).doesNotContain("<script>alert", "<img src=x", "<svg onload");
    }
}
