package nl.sleutelnet.contact;

import static nl.sleutelnet.contact.ContactFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.sleutelnet.HostileInput;
import nl.sleutelnet.RowCounts;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * A coordinator logs a contact moment: a valid one is stored with an encrypted note and moves
 * the rhythm; every bad field is refused with a Dutch message next to it and nothing is written.
 */
@SleutelnetTest
class LoggingAContactMomentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    KeyFigureService keyFigures;

    ContactFixtures fixtures;
    SleutelnetUser coordinator;
    SleutelnetUser partner;
    KeyFigureId keyFigure;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = ContactFixtures.of(context);
        coordinator = fixtures.demo("coordinator@maasoever.demo");
        partner = fixtures.demo("partner@maasoever.demo");
        today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        keyFigure = fixtures.keyFigure(DemoTenants.MAASOEVER, "Logboek", KeyFigureStatus.ACTIVE, 30,
                today.minusDays(40), coordinator.accountId());
    }

    @Test
    void the_form_is_prefilled_with_today_and_the_preferred_channel() throws Exception {
        String html = mvc.perform(get(form()).with(as(coordinator))).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("value=\"" + today + "\"", "max=\"" + today + "\"");
        assertThat(html).containsPattern("id=\"kanaal-IN_PERSON\"[^>]*checked");
        assertThat(html).contains("Leven in de buurt", "Werk en inkomen", "Spanningen in de gemeenschap");
        assertThat(html).contains("Ilse de Wit").as("partners of the municipality can be named as present");
        assertThat(html).contains("Schrijf niets over andere personen");
    }

    @Test
    void a_valid_contact_is_stored_with_an_encrypted_note_and_moves_the_rhythm() throws Exception {
        String note = "Gesproken over de sportdag in het park.";
        org.springframework.test.web.servlet.MvcResult result = mvc.perform(valid()
                .param("aanwezig", partner.accountId().toString())
                .param("notitie", note)
                .param("vervolgOmschrijving", "Datum sportdag doorgeven", "", "")
                .param("vervolgEigenaar", partner.accountId().toString(), coordinator.accountId().toString(),
                        coordinator.accountId().toString())
                .param("vervolgDatum", today.plusDays(7).toString(), "", ""))
                .andReturn();
        MockHttpServletResponse response = result.getResponse();
        assertThat(result.getFlashMap().get("notice")).as("the Dutch confirmation").isEqualTo("contact.logged");

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/sleutelfiguren/" + keyFigure.value() + "/contactmomenten");
        Map<String, Object> row = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql("""
                select id, note, channel, topics::text as topics, occurred_on, logged_by from contact_moment
                where key_figure_id = ?""").param(keyFigure.value()).query().singleRow());
        assertThat((String) row.get("note")).startsWith("v1:").doesNotContain("sportdag");
        assertThat(row.get("channel")).isEqualTo("PHONE");
        assertThat(row.get("topics")).isEqualTo("{NEIGHBOURHOOD_LIFE,YOUTH}");
        assertThat(row.get("logged_by")).isEqualTo(coordinator.accountId());
        UUID id = (UUID) row.get("id");
        assertThat(CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql("""
                select account_id from contact_moment_participant where contact_moment_id = ?""").param(id)
                .query(UUID.class).set())).containsExactlyInAnyOrder(coordinator.accountId(), partner.accountId());
        Map<String, Object> action = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql("""
                select description, owner_id, due_on from follow_up_action where contact_moment_id = ?""").param(id)
                .query().singleRow());
        assertThat((String) action.get("description")).startsWith("v1:").doesNotContain("sportdag");
        assertThat(action.get("owner_id")).isEqualTo(partner.accountId());
        assertThat(CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> keyFigures.find(keyFigure)))
                .satisfies(k -> {
                    assertThat(k.lastContactOn()).isEqualTo(today);
                    assertThat(k.nextContactDue()).isEqualTo(today.plusDays(30));
                });
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CREATE' and record_type = 'contact_moment'"
                + " and record_id = ?").param(id).query(Long.class).single()).isEqualTo(1);

        String list = mvc.perform(get(response.getRedirectedUrl()).with(as(coordinator))).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains(note, "Datum sportdag doorgeven", "Ilse de Wit");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'READ' and record_type = 'contact_moment'"
                + " and record_id = ?").param(id).query(Long.class).single()).as("reading the note is audited")
                .isEqualTo(1);
    }

    @Test
    void an_earlier_date_keeps_the_later_last_contact() throws Exception {
        MockHttpServletRequestBuilder request = valid();
        field("datum", today.minusDays(50).toString()).accept(new Object[] { request, this });
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(302);

        assertThat(CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> keyFigures.find(keyFigure).lastContactOn()))
                .isEqualTo(today.minusDays(40));
    }

    static Stream<Arguments> badFields() {
        String later = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(1).toString();
        return Stream.of(
                Arguments.of("no date", field("datum", ""), "Vul een datum in."),
                Arguments.of("no date at all", field("datum", null), "Vul een datum in."),
                Arguments.of("not a date", field("datum", "31-02-2026"), "Vul een geldige datum in"),
                Arguments.of("a date in the future", field("datum", later), "De datum mag niet in de toekomst liggen"),
                Arguments.of("a date long ago", field("datum", "1999-12-31"), "te ver in het verleden"),
                Arguments.of("no channel", field("kanaal", null), "Kies hoe het contact was."),
                Arguments.of("an unknown channel", field("kanaal", "FAX"), "Kies een van de genoemde manieren"),
                Arguments.of("no topic", field("onderwerp", null), "Kies minstens één onderwerp."),
                Arguments.of("an unknown topic", field("onderwerp", "RELIGION"), "Kies alleen onderwerpen uit de lijst."),
                Arguments.of("an unknown staff member", field("aanwezig", UUID.randomUUID().toString()),
                        "Kies alleen mensen uit de lijst."),
                Arguments.of("not an account id", field("aanwezig", "iedereen"), "Kies alleen mensen uit de lijst."),
                Arguments.of("a note that is too long", field("notitie", "x".repeat(1001)), "De notitie is te lang"),
                Arguments.of("a note with control characters", field("notitie", "a\u0000b"),
                        "De notitie bevat tekens die niet zijn toegestaan"),
                Arguments.of("a follow-up without description", followUp("", "coordinator", "+3"),
                        "Beschrijf kort wat er moet gebeuren"),
                Arguments.of("a follow-up that is too long", followUp("y".repeat(201), "coordinator", "+3"),
                        "hoogstens 200 tekens"),
                Arguments.of("a follow-up for an unknown owner", followUp("Bellen", UUID.randomUUID().toString(), "+3"),
                        "Kies iemand uit de lijst."),
                Arguments.of("a follow-up without owner", followUp("Bellen", "", "+3"),
                        "Kies wie de vervolgactie oppakt."),
                Arguments.of("a follow-up before the contact", followUp("Bellen", "coordinator", "-3"),
                        "De datum van de vervolgactie ligt vóór het contactmoment."),
                Arguments.of("a follow-up without date", followUp("Bellen", "coordinator", ""), "Vul een datum in."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFields")
    void a_bad_field_is_refused_next_to_the_field_and_nothing_is_written(String name,
            Consumer<Object[]> change, String message) throws Exception {
        Map<String, String> before = RowCounts.of(jdbc);
        Map<String, String> contactsBefore = fixtures.contactRows(DemoTenants.MAASOEVER);
        LocalDate lastBefore = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> keyFigures.find(keyFigure).lastContactOn());
        MockHttpServletRequestBuilder request = valid();
        change.accept(new Object[] { request, this });

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        String html = response.getContentAsString();
        assertThat(html).contains("Controleer het formulier", message);
        assertThat(html).contains("class=\"error-message\"");
        assertThat(fixtures.contactRows(DemoTenants.MAASOEVER)).isEqualTo(contactsBefore);
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
        assertThat(CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> keyFigures.find(keyFigure).lastContactOn()))
                .isEqualTo(lastBefore);
    }

    @TestFactory
    Stream<DynamicTest> hostile_input_is_refused_or_stored_safely_never_a_server_error() {
        HostileInput input = HostileInput.forTest("contact form");
        Map<String, String> contactsBefore = fixtures.contactRows(DemoTenants.MAASOEVER);
        return Stream.concat(input.tests(input.samples(25), (i, sample) -> {
            try {
                String[] fields = { "datum", "kanaal", "onderwerp", "aanwezig", "vervolgOmschrijving" };
                String field = fields[i % fields.length];
                // Without a topic every draft is refused: the sample must come back escaped, nothing stored.
                MockHttpServletRequestBuilder request = post(form()).with(csrf()).with(as(coordinator))
                        .param("datum", today.toString()).param("kanaal", "PHONE").param("notitie", sample)
                        .param(field, sample);
                if (field.equals("vervolgOmschrijving")) {
                    request.param("vervolgEigenaar", coordinator.accountId().toString())
                            .param("vervolgDatum", today.toString());
                }
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                assertThat(response.getStatus()).isEqualTo(400);
                String html = response.getContentAsString();
                assertThat(html).doesNotContain("<script>alert", "<img src=x", "<svg onload");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }), Stream.of(DynamicTest.dynamicTest("wrote nothing",
                () -> assertThat(fixtures.contactRows(DemoTenants.MAASOEVER)).isEqualTo(contactsBefore))));
    }

    @Test
    void a_note_with_markup_is_stored_and_shown_as_text() throws Exception {
        mvc.perform(valid().param("notitie", "<script>alert(1)</script> & \"sportdag\"")).andReturn();

        String html = mvc.perform(get("/sleutelfiguren/" + keyFigure.value() + "/contactmomenten").with(as(coordinator)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;sportdag&quot;")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void another_municipality_cannot_log_for_this_key_figure() throws Exception {
        SleutelnetUser other = fixtures.demo("coordinator@waalbergen.demo");
        Map<String, String> before = fixtures.contactRows(DemoTenants.MAASOEVER);

        assertThat(mvc.perform(valid().with(as(other))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(form()).with(as(other))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(fixtures.contactRows(DemoTenants.MAASOEVER)).isEqualTo(before);
    }

    private String form() {
        return "/sleutelfiguren/" + keyFigure.value() + "/contact";
    }

    /** A complete, valid form as the coordinator sends it. */
    private MockHttpServletRequestBuilder valid() {
        return post(form()).with(csrf()).with(as(coordinator)).param("datum", today.toString())
                .param("kanaal", "PHONE").param("onderwerp", "NEIGHBOURHOOD_LIFE", "YOUTH");
    }

    /** Replaces (null: removes) one parameter of the valid form. */
    private static Consumer<Object[]> field(String name, String value) {
        return args -> {
            MockHttpServletRequestBuilder request = (MockHttpServletRequestBuilder) args[0];
            request.with(r -> {
                r.removeParameter(name);
                if (value != null) {
                    r.setParameter(name, value);
                }
                return r;
            });
        };
    }

    /** Adds one follow-up row; owner "coordinator" is the signed-in coordinator, dates are days from today. */
    private static Consumer<Object[]> followUp(String description, String owner, String days) {
        return args -> {
            MockHttpServletRequestBuilder request = (MockHttpServletRequestBuilder) args[0];
            LoggingAContactMomentTests test = (LoggingAContactMomentTests) args[1];
            String ownerId = "coordinator".equals(owner) ? test.coordinator.accountId().toString() : owner;
            String due = days.isEmpty() ? "" : test.today.plusDays(Long.parseLong(days)).toString();
            request.param("vervolgOmschrijving", description).param("vervolgEigenaar", ownerId)
                    .param("vervolgDatum", due);
        };
    }
}
