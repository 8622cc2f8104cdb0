package nl.sleutelnet.registerimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The import as a coordinator walks through it, with one signed-in user for all steps (a
 * staged upload belongs to the account that uploaded it).
 */
final class ImportSteps {

    static final String SAMPLE = "/import/sleutelfiguren-rommelig.csv";

    final MockMvc mvc;
    final SleutelnetUser user;
    final MunicipalityId municipality;

    ImportSteps(MockMvc mvc, MunicipalityId municipality) {
        this.mvc = mvc;
        this.municipality = municipality;
        this.user = TestUsers.user(Role.COORDINATOR, municipality);
    }

    RequestPostProcessor who() {
        return authentication(TestUsers.authentication(user));
    }

    static byte[] sample() {
        try (InputStream in = ImportSteps.class.getResourceAsStream(SAMPLE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    MockHttpServletResponse upload(String fileName, byte[] content, String charset) throws Exception {
        var request = multipart("/sleutelfiguren/import")
                .file(new MockMultipartFile("bestand", fileName, "application/octet-stream", content))
                .param("tekenset", charset).with(who()).with(csrf());
        return mvc.perform(request).andReturn().getResponse();
    }

    /** Uploads and returns the batch id from the redirect. */
    UUID uploaded(String fileName, byte[] content) throws Exception {
        MockHttpServletResponse response = upload(fileName, content, "auto");
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        String location = response.getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    MockHttpServletResponse get(String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(who()))
                .andReturn().getResponse();
    }

    /** Accepts the suggested mapping (as the mapping page pre-selects it). */
    void mapAsSuggested(UUID id, List<ImportField> mapping) throws Exception {
        MockHttpServletRequestBuilder request = post("/sleutelfiguren/import/" + id + "/koppeling").with(who()).with(csrf());
        for (int i = 0; i < mapping.size(); i++) {
            request = request.param("kolom" + i, mapping.get(i).name());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/rapport");
    }

    MockHttpServletResponse commit(UUID id, Set<Integer> merge, boolean confirm) throws Exception {
        MockHttpServletRequestBuilder request = post("/sleutelfiguren/import/" + id + "/vastleggen").with(who()).with(csrf());
        for (int row : merge) {
            request = request.param("dubbel-" + row, "samenvoegen");
        }
        if (confirm) {
            request = request.param("fouten-overslaan", "ja");
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    MockHttpServletResponse cancel(UUID id) throws Exception {
        return mvc.perform(post("/sleutelfiguren/import/" + id + "/annuleren").with(who()).with(csrf()))
                .andReturn().getResponse();
    }

    /** Ids of the municipality's key figures, to remove what a test added afterwards. */
    static Set<UUID> keyFigureIds(JdbcClient jdbc, MunicipalityId municipality) {
        return CurrentTenant.callAs(municipality,
                () -> new HashSet<>(jdbc.sql("select id from key_figure").query(UUID.class).list()));
    }

    /** Deletes the key figures that are not in {@code before} (what the test imported). */
    static void removeAddedKeyFigures(JdbcClient jdbc, MunicipalityId municipality, Set<UUID> before) {
        CurrentTenant.runAs(municipality, () -> {
            for (UUID id : jdbc.sql("select id from key_figure").query(UUID.class).list()) {
                if (!before.contains(id)) {
                    jdbc.sql("delete from key_figure where id = ?").param(id).update();
                }
            }
        });
    }

    static String getPath(UUID id) {
        return "/sleutelfiguren/import/" + id;
    }

}
