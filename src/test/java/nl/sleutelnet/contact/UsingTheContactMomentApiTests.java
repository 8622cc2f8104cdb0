package nl.sleutelnet.contact;

import static nl.sleutelnet.contact.ContactFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.RowCounts;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.tenancy.DemoTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A coordinator's client logs and reads contact moments through {@code /api/v1/contactmomenten}. */
@SleutelnetTest
class UsingTheContactMomentApiTests {

    static final String API = "/api/v1/contactmomenten";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ContactFixtures fixtures;
    SleutelnetUser coordinator;
    KeyFigureId keyFigure;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = ContactFixtures.of(context);
        coordinator = fixtures.demo("coordinator@maasoever.demo");
        today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        keyFigure = fixtures.keyFigure(DemoTenants.MAASOEVER, "Api", KeyFigureStatus.ACTIVE, 30, null,
                coordinator.accountId());
    }

    @Test
    void logs_a_contact_and_reads_it_back_with_its_note() throws Exception {
        MockHttpServletResponse created = create("""
                {"sleutelfiguur": "%s", "datum": "%s", "kanaal": "EMAIL", "onderwerpen": ["EDUCATION", "YOUTH"],
                 "notitie": "Gesproken over de huiswerkklas.",
                 "vervolgacties": [{"omschrijving": "Rooster sturen", "eigenaar": "%s", "uiterlijk": "%s"}]}"""
                .formatted(keyFigure.value(), today.minusDays(1), coordinator.accountId(), today.plusDays(3)));

        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getHeader("API-Version")).isEqualTo("1.0.0");
        JsonNode body = JSON.readTree(created.getContentAsString());
        String id = body.path("id").asString();
        assertThat(created.getHeader("Location")).isEqualTo(API + "/" + id);
        assertThat(body.path("notitie").asString()).isEqualTo("Gesproken over de huiswerkklas.");
        assertThat(body.path("vervolgacties").get(0).path("omschrijving").asString()).isEqualTo("Rooster sturen");

        JsonNode one = JSON.readTree(mvc.perform(get(API + "/" + id).with(as(coordinator))).andReturn().getResponse()
                .getContentAsString());
        assertThat(one.path("kanaal").asString()).isEqualTo("EMAIL");
        assertThat(one.path("onderwerpen").values()).extracting(JsonNode::asString).containsExactly("YOUTH", "EDUCATION");
        assertThat(one.path("aanwezigen").values()).extracting(JsonNode::asString)
                .containsExactly(coordinator.accountId().toString());
    }

    @Test
    void filters_by_key_figure_period_and_topic_page_by_page() throws Exception {
        for (int i = 0; i < 3; i++) {
            create("""
                    {"sleutelfiguur": "%s", "datum": "%s", "kanaal": "PHONE", "onderwerpen": ["%s"]}"""
                    .formatted(keyFigure.value(), today.minusDays(10L * i), i == 2 ? "HOUSING" : "YOUTH"));
        }
        String kf = keyFigure.value().toString();

        assertThat(list(Map.of("sleutelfiguur", kf)).path("totaal").asLong()).isEqualTo(3);
        assertThat(list(Map.of("sleutelfiguur", kf, "onderwerp", "HOUSING")).path("totaal").asLong()).isEqualTo(1);
        assertThat(list(Map.of("sleutelfiguur", kf, "van", today.minusDays(15).toString())).path("totaal").asLong())
                .isEqualTo(2);
        assertThat(list(Map.of("sleutelfiguur", kf, "tot", today.minusDays(15).toString())).path("totaal").asLong())
                .isEqualTo(1);
        JsonNode page2 = list(Map.of("sleutelfiguur", kf, "pagina", "2", "paginaGrootte", "2"));
        assertThat(page2.path("contactmomenten").size()).isEqualTo(1);
        assertThat(page2.path("totaalPaginas").asInt()).isEqualTo(2);
        assertThat(page2.path("totaalIsMinimum").isBoolean()).isTrue();
        assertThat(page2.path("totaalIsMinimum").asBoolean()).isFalse();
        assertThat(page2.path("contactmomenten").get(0).path("datum").asString())
                .isEqualTo(today.minusDays(20).toString()).as("newest first");
    }

    @Test
    void bad_input_is_a_problem_naming_the_fields_and_writes_nothing() throws Exception {
        Map<String, String> before = RowCounts.of(jdbc);
        Map<String, String> contacts = fixtures.contactRows(DemoTenants.MAASOEVER);

        MockHttpServletResponse response = create("""
                {"sleutelfiguur": "%s", "datum": "%s", "kanaal": "FAX", "onderwerpen": [],
                 "aanwezigen": ["00000000-0000-4000-8000-00000000dead"], "notitie": "%s",
                 "vervolgacties": [{"omschrijving": "", "eigenaar": "x", "uiterlijk": "morgen"}]}"""
                .formatted(keyFigure.value(), today.plusDays(1), "n".repeat(1001)));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.path("invalidParams").values()).extracting(p -> p.path("name").asString())
                .containsExactlyInAnyOrder("datum", "kanaal", "onderwerpen", "aanwezigen", "notitie",
                        "vervolgacties[0].omschrijving", "vervolgacties[0].eigenaar", "vervolgacties[0].datum");
        assertThat(problem.path("invalidParams").get(0).path("reason").asString()).isNotBlank();
        for (String body : new String[] { "", "{", "[]", "{\"sleutelfiguur\": 12}", "{\"sleutelfiguur\": \"x\"}" }) {
            MockHttpServletResponse bad = create(body);
            assertThat(bad.getStatus()).as(body).isEqualTo(400);
            assertThat(bad.getContentType()).as(body).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        for (String query : new String[] { "van=gisteren", "onderwerp=RELIGION", "sleutelfiguur=1", "pagina=0",
                "paginaGrootte=101", "van=2026-02-01&tot=2026-01-01" }) {
            MockHttpServletResponse bad = mvc.perform(get(API + "?" + query).with(as(coordinator))).andReturn()
                    .getResponse();
            assertThat(bad.getStatus()).as(query).isEqualTo(400);
            assertThat(bad.getContentType()).as(query).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
        assertThat(fixtures.contactRows(DemoTenants.MAASOEVER)).isEqualTo(contacts);
    }

    @Test
    void another_municipality_sees_nothing_of_these_contacts() throws Exception {
        String id = JSON.readTree(create("""
                {"sleutelfiguur": "%s", "datum": "%s", "kanaal": "PHONE", "onderwerpen": ["YOUTH"]}"""
                .formatted(keyFigure.value(), today)).getContentAsString()).path("id").asString();
        SleutelnetUser other = fixtures.demo("coordinator@waalbergen.demo");

        MockHttpServletResponse one = mvc.perform(get(API + "/" + id).with(as(other))).andReturn().getResponse();
        assertThat(one.getStatus()).isEqualTo(404);
        assertThat(one.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode list = JSON.readTree(mvc.perform(get(API).param("sleutelfiguur", keyFigure.value().toString())
                .with(as(other))).andReturn().getResponse().getContentAsString());
        assertThat(list.path("totaal").asLong()).isZero();
        MockHttpServletResponse post = mvc.perform(post(API).with(csrf()).with(as(other))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"sleutelfiguur": "%s", "datum": "%s", "kanaal": "PHONE", "onderwerpen": ["YOUTH"]}"""
                        .formatted(keyFigure.value(), today))).andReturn().getResponse();
        assertThat(post.getStatus()).isEqualTo(400);
        assertThat(fixtures.contactsOf(DemoTenants.MAASOEVER, keyFigure)).isEqualTo(1);
    }

    private MockHttpServletResponse create(String json) throws Exception {
        return mvc.perform(post(API).with(csrf()).with(as(coordinator)).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse();
    }

    private JsonNode list(Map<String, String> params) throws Exception {
        var request = get(API).with(as(coordinator));
        params.forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }
}
