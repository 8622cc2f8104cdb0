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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.tenancy.DemoTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner professional logs contacts only with key figures shared with them (any other is
 * "not found", not "forbidden") and sees only the contacts they were present at; a coordinator
 * sees all. A concern handler has no access to contact moments at all.
 */
@SleutelnetTest
class WorkingAsAPartnerProfessionalTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ContactFixtures fixtures;
    SleutelnetUser coordinator;
    SleutelnetUser partner;
    KeyFigureId shared;
    KeyFigureId notShared;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = ContactFixtures.of(context);
        coordinator = fixtures.demo("coordinator@maasoever.demo");
        partner = fixtures.newStaff(DemoTenants.MAASOEVER, Role.PARTNER);
        today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        shared = fixtures.keyFigure(DemoTenants.MAASOEVER, "Gedeeld", KeyFigureStatus.ACTIVE, 30, null,
                coordinator.accountId());
        notShared = fixtures.keyFigure(DemoTenants.MAASOEVER, "Nietgedeeld", KeyFigureStatus.ACTIVE, 30, null,
                coordinator.accountId());
        fixtures.share(DemoTenants.MAASOEVER, shared, partner.accountId());
    }

    @Test
    void a_partner_logs_a_contact_with_a_key_figure_shared_with_them() throws Exception {
        String list = mvc.perform(get("/contact/gedeeld").with(as(partner))).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("Test Gedeeld").doesNotContain("Test Nietgedeeld");

        assertThat(mvc.perform(get(form(shared)).with(as(partner))).andReturn().getResponse().getStatus()).isEqualTo(200);
        MockHttpServletResponse response = mvc.perform(log(shared, partner, "Notitie van de partner")).andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(fixtures.contactsOf(DemoTenants.MAASOEVER, shared)).isEqualTo(1);
        String own = mvc.perform(get(contacts(shared)).with(as(partner))).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("Notitie van de partner", "U ziet alleen de contactmomenten waarbij u aanwezig was.");
    }

    @Test
    void a_key_figure_not_shared_with_the_partner_does_not_exist_for_them() throws Exception {
        Map<String, String> before = fixtures.contactRows(DemoTenants.MAASOEVER);

        assertThat(mvc.perform(get(form(notShared)).with(as(partner))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(log(notShared, partner, "Mag niet")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(contacts(notShared)).with(as(partner))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        MockHttpServletResponse api = mvc.perform(post("/api/v1/contactmomenten").with(csrf()).with(as(partner))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"sleutelfiguur": "%s", "datum": "%s", "kanaal": "PHONE", "onderwerpen": ["YOUTH"]}"""
                        .formatted(notShared.value(), today))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentAsString()).contains("\"sleutelfiguur\"", "niet met u gedeeld");
        assertThat(fixtures.contactRows(DemoTenants.MAASOEVER)).isEqualTo(before);
    }

    @Test
    void a_partner_sees_only_the_contacts_they_were_present_at_and_a_coordinator_sees_all() throws Exception {
        mvc.perform(log(shared, coordinator, "Alleen de coördinator was erbij")).andReturn();
        mvc.perform(log(shared, partner, "De partner was erbij")).andReturn();

        String partnerView = mvc.perform(get(contacts(shared)).with(as(partner))).andReturn().getResponse()
                .getContentAsString();
        assertThat(partnerView).contains("De partner was erbij").doesNotContain("Alleen de coördinator was erbij");
        JsonNode partnerApi = JSON.readTree(mvc.perform(get("/api/v1/contactmomenten")
                .param("sleutelfiguur", shared.value().toString()).with(as(partner))).andReturn().getResponse()
                .getContentAsString());
        assertThat(partnerApi.path("totaal").asLong()).isEqualTo(1);
        JsonNode listed = partnerApi.path("contactmomenten").get(0);
        assertThat(listed.path("heeftNotitie").asBoolean()).isTrue();
        assertThat(listed.path("notitie").isNull()).as("lists carry no notes (each note read is audited)").isTrue();
        JsonNode one = JSON.readTree(mvc.perform(get("/api/v1/contactmomenten/" + listed.path("id").asString())
                .with(as(partner))).andReturn().getResponse().getContentAsString());
        assertThat(one.path("notitie").asString()).isEqualTo("De partner was erbij");

        String coordinatorView = mvc.perform(get(contacts(shared)).with(as(coordinator))).andReturn().getResponse()
                .getContentAsString();
        assertThat(coordinatorView).contains("De partner was erbij", "Alleen de coördinator was erbij");
    }

    @Test
    void a_colleague_who_was_not_present_sees_that_there_is_a_note_but_not_the_note() throws Exception {
        SleutelnetUser colleague = fixtures.newStaff(DemoTenants.MAASOEVER, Role.PARTNER);
        fixtures.share(DemoTenants.MAASOEVER, shared, colleague.accountId());
        mvc.perform(log(shared, partner, "Vertrouwelijk voor wie erbij was")
                .param("aanwezig", colleague.accountId().toString())).andReturn();
        mvc.perform(log(shared, partner, "Zonder collega")).andReturn();

        String view = mvc.perform(get(contacts(shared)).with(as(colleague))).andReturn().getResponse()
                .getContentAsString();
        assertThat(view).contains("Vertrouwelijk voor wie erbij was").doesNotContain("Zonder collega");
    }

    @Test
    void a_concern_handler_has_no_access_to_contact_moments() throws Exception {
        for (String path : new String[] { form(shared), contacts(shared), "/contact/werklijst", "/contact/afstemming",
                "/api/v1/contactmomenten" }) {
            assertThat(mvc.perform(get(path).with(TestUsers.as(Role.CONCERN_HANDLER, DemoTenants.MAASOEVER)))
                    .andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
        }
    }

    private static String form(KeyFigureId keyFigure) {
        return "/sleutelfiguren/" + keyFigure.value() + "/contact";
    }

    private static String contacts(KeyFigureId keyFigure) {
        return "/sleutelfiguren/" + keyFigure.value() + "/contactmomenten";
    }

    private MockHttpServletRequestBuilder log(KeyFigureId keyFigure, SleutelnetUser user, String note) {
        return post(form(keyFigure)).with(csrf()).with(as(user)).param("datum", today.toString())
                .param("kanaal", "IN_PERSON").param("onderwerp", "SPORTS_AND_CULTURE").param("notitie", note);
    }
}
