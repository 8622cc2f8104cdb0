package nl.sleutelnet.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;
import nl.sleutelnet.portal.PortalFixtures;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.portal.PortalFixtures.Person;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A key figure downloads everything about themselves, as JSON and as a readable PDF, and nothing of anyone else. */
@SleutelnetTest
class DownloadingMyDataTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;


    @AfterEach
    void removeTestKeyFigures() {
        new PortalFixtures(keyFigures, accounts, jdbc).cleanUp();
    }

    @Test
    void the_json_holds_my_data_and_account_and_nothing_of_another_key_figure() throws Exception {
        PortalFixtures fixtures = new PortalFixtures(keyFigures, accounts, jdbc);
        Person me = Person.fresh();
        Person other = Person.fresh();
        String username = fixtures.keyFigureWithAccount(DemoTenants.MAASOEVER, me);
        fixtures.keyFigureWithAccount(DemoTenants.MAASOEVER, other);
        Cookie session = PortalFixtures.logIn(mvc, username, PortalFixtures.PASSWORD);

        MockHttpServletResponse response = mvc.perform(get("/portaal/mijn-gegevens.json").cookie(session)).andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("mijn-gegevens.json");
        String body = response.getContentAsString();
        assertThat(body).contains(me.familyName(), me.email()).doesNotContain(other.familyName(), other.email());
        JsonNode json = JsonMapper.builder().build().readTree(body);
        assertThat(json.path("account").path("gebruikersnaam").asString()).isEqualTo(username);
        assertThat(json.path("account").path("aangemaakt").asString()).isNotBlank();
        assertThat(json.path("gemeente").asString()).isEqualTo("Maasoever (demo)");
        JsonNode register = json.path("secties").path("sleutelfiguur").get(0);
        assertThat(register.path("achternaam").asString()).isEqualTo(me.familyName());
        assertThat(register.path("email").asString()).isEqualTo(me.email());
        assertThat(json.path("secties").has("portaal")).isTrue();
        assertThat(downloads(me)).isEqualTo(1);
    }

    @Test
    void the_pdf_is_a_readable_document_with_my_name() throws Exception {
        PortalFixtures fixtures = new PortalFixtures(keyFigures, accounts, jdbc);
        Person me = Person.fresh();
        Person other = Person.fresh();
        String username = fixtures.keyFigureWithAccount(DemoTenants.MAASOEVER, me);
        fixtures.keyFigureWithAccount(DemoTenants.MAASOEVER, other);
        Cookie session = PortalFixtures.logIn(mvc, username, PortalFixtures.PASSWORD);

        MockHttpServletResponse response = mvc.perform(get("/portaal/mijn-gegevens.pdf").cookie(session)).andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("mijn-gegevens.pdf");
        byte[] pdf = response.getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Mijn gegevens in Sleutelnet", me.displayName(), me.familyName(), me.email(),
                    "Maasoever (demo)").doesNotContain(other.familyName());
        }
        assertThat(downloads(me)).isEqualTo(1);
    }

    @Test
    void my_details_page_shows_the_register_section_and_links_to_the_downloads() throws Exception {
        PortalFixtures fixtures = new PortalFixtures(keyFigures, accounts, jdbc);
        Person me = Person.fresh();
        Cookie session = PortalFixtures.logIn(mvc, fixtures.keyFigureWithAccount(DemoTenants.MAASOEVER, me),
                PortalFixtures.PASSWORD);

        String html = mvc.perform(get("/portaal/gegevens").cookie(session)).andReturn().getResponse()
                .getContentAsString();

        assertThat(html).contains("Uw gegevens in het register", me.familyName(), me.email(), "Actief",
                "/portaal/mijn-gegevens.pdf", "/portaal/mijn-gegevens.json");
    }

    private long downloads(Person person) {
        UUID id = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql("select id from key_figure where email = ?")
                .param(person.email()).query(UUID.class).single());
        return jdbc.sql("select count(*) from audit_event where action = 'DOWNLOAD' and record_id = ?").param(id)
                .query(Long.class).single();
    }
}
