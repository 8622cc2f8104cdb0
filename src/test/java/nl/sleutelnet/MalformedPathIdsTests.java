package nl.sleutelnet;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.tenancy.DemoTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Controllers take typed ids as path variables: a path segment that is no id is not found
 * (404 page, 404 problem), exactly like an unknown id; a malformed query parameter stays 400.
 */
@SleutelnetTest
class MalformedPathIdsTests {

    private static final String MALFORMED = "niet-een-uuid";

    @Autowired
    MockMvc mvc;

    @Test
    void aMalformedIdInAScreenPathIsNotFound() throws Exception {
        var coordinator = as(Role.COORDINATOR, DemoTenants.MAASOEVER);
        assertThat(status(get("/sleutelfiguren/{id}/afspraak", MALFORMED).with(coordinator))).isEqualTo(404);
        assertThat(status(get("/sleutelfiguren/{id}/wederkerigheid", MALFORMED).with(coordinator))).isEqualTo(404);
        assertThat(status(get("/sleutelfiguren/{id}/organisaties", MALFORMED).with(coordinator))).isEqualTo(404);
        assertThat(status(post("/vervolgacties/{id}/afgerond", MALFORMED).param("afgerond", "ja")
                .with(coordinator).with(csrf()))).isEqualTo(404);
        assertThat(status(get("/zorgmeldingen/{id}", MALFORMED)
                .with(as(Role.CONCERN_HANDLER, DemoTenants.MAASOEVER)))).isEqualTo(404);
    }

    @Test
    void aMalformedIdInAnApiPathIsANotFoundProblem() throws Exception {
        var coordinator = as(Role.COORDINATOR, DemoTenants.MAASOEVER);
        notFoundProblem(get("/api/v1/sleutelfiguren/{id}", MALFORMED).with(coordinator));
        notFoundProblem(get("/api/v1/wederkerigheid/{id}", MALFORMED).with(coordinator));
        notFoundProblem(get("/api/v1/sleutelfiguren/{id}/afspraken", MALFORMED).with(coordinator));
        notFoundProblem(get("/api/v1/zorgmeldingen/{id}", MALFORMED)
                .with(as(Role.CONCERN_HANDLER, DemoTenants.MAASOEVER)));
    }

    @Test
    void aMalformedQueryParameterStaysABadRequest() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/zorgmeldingen").param("pagina", "een")
                .with(as(Role.CONCERN_HANDLER, DemoTenants.MAASOEVER))).andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void theApiDocumentStillDescribesIdsAsUuidStrings() throws Exception {
        JsonNode doc = JsonMapper.builder().build().readTree(mvc.perform(get("/api/v1/openapi.json")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER))).andReturn().getResponse().getContentAsString());
        int ids = 0;
        for (JsonNode path : doc.path("paths").values()) {
            for (JsonNode operation : path.values()) {
                for (JsonNode parameter : operation.path("parameters").values()) {
                    if ("path".equals(parameter.path("in").asString()) && "id".equals(parameter.path("name").asString())) {
                        assertThat(parameter.path("schema").path("type").asString()).as(parameter.toString())
                                .isEqualTo("string");
                        assertThat(parameter.path("schema").path("format").asString()).as(parameter.toString())
                                .isEqualTo("uuid");
                        ids++;
                    }
                }
            }
        }
        assertThat(ids).isGreaterThan(5);
        assertThat(doc.path("components").path("schemas").propertyNames()).noneMatch(name -> name.endsWith("Id"));
    }

    private int status(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private void notFoundProblem(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).contains("De gevraagde bron bestaat niet.");
    }
}
