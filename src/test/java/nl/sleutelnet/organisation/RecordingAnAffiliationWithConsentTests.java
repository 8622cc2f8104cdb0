package nl.sleutelnet.organisation;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.TimelineContributor;
import nl.sleutelnet.network.TimelineEntry;
import nl.sleutelnet.privacy.DataSubject;
import nl.sleutelnet.privacy.PersonalDataContributor;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * A coordinator records a key figure's tie with a faith-based organisation only with explicit
 * consent; it is stored encrypted, seen by coordinators only, never by the API, and withdrawing
 * consent deletes it.
 */
@SleutelnetTest
class RecordingAnAffiliationWithConsentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    List<TimelineContributor> timelines;

    @Autowired
    List<PersonalDataContributor> personalData;

    private final List<UUID> made = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        made.forEach(id -> OrganisationFixtures.removeKeyFigure(jdbc, id));
    }

    @Test
    void a_consented_affiliation_is_ciphertext_in_the_database() throws Exception {
        UUID keyFigure = newKeyFigure("Versleuteld");
        UUID faith = OrganisationFixtures.organisationOfKind(jdbc, DemoTenants.MAASOEVER, "FAITH_BASED");

        MockHttpServletResponse response = addWithConsent(keyFigure, faith);

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        Map<String, Object> row = affiliationRow(keyFigure);
        String payload = (String) row.get("payload");
        assertThat(payload).startsWith("v1:").doesNotContain(faith.toString())
                .doesNotContain(OrganisationFixtures.nameOf(jdbc, faith)).doesNotContain("FAITH").doesNotContain("BOARD");
        assertThat(row.get("sensitive")).isEqualTo(true);
        assertThat(row.get("organisation_id")).isNull();
        assertThat(row.get("function_code")).isNull();
        assertThat(row.get("consent_version")).isEqualTo(1);
        assertThat(row.get("consent_method")).isEqualTo("IN_WRITING");
        assertThat(auditActions(row.get("id"))).contains("CONSENT_GIVEN");
    }

    @Test
    void without_consent_nothing_is_recorded_and_the_form_says_why() throws Exception {
        UUID keyFigure = newKeyFigure("Zondertoestemming");
        UUID faith = OrganisationFixtures.organisationOfKind(jdbc, DemoTenants.MAASOEVER, "FAITH_BASED");
        String before = OrganisationFixtures.digest(jdbc);

        MockHttpServletResponse response = mvc.perform(post("/sleutelfiguren/" + keyFigure + "/organisaties")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf())
                .param("organisatie", faith.toString()).param("functie", "MEMBER").param("toestemmingstekst", "1"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("uitdrukkelijk toestemming gaf, en vink dat aan",
                "Kies hoe de sleutelfiguur toestemming gaf", "Controleer het formulier");
        assertThat(OrganisationFixtures.digest(jdbc)).isEqualTo(before);
    }

    @Test
    void a_consent_date_in_the_future_or_an_unknown_text_version_is_refused() throws Exception {
        UUID keyFigure = newKeyFigure("Toekomst");
        UUID faith = OrganisationFixtures.organisationOfKind(jdbc, DemoTenants.MAASOEVER, "FAITH_BASED");
        String before = OrganisationFixtures.digest(jdbc);

        MockHttpServletResponse future = mvc.perform(post("/sleutelfiguren/" + keyFigure + "/organisaties")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf()).param("organisatie", faith.toString())
                .param("toestemming", "ja").param("toestemmingOp", LocalDate.now().plusDays(2).toString())
                .param("toestemmingstekst", "1").param("toestemmingWijze", "PORTAL")).andReturn().getResponse();
        MockHttpServletResponse version = mvc.perform(post("/sleutelfiguren/" + keyFigure + "/organisaties")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf()).param("organisatie", faith.toString())
                .param("toestemming", "ja").param("toestemmingOp", LocalDate.now().toString())
                .param("toestemmingstekst", "99").param("toestemmingWijze", "PORTAL")).andReturn().getResponse();

        assertThat(future.getStatus()).isEqualTo(400);
        assertThat(future.getContentAsString()).contains("ligt in de toekomst");
        assertThat(version.getStatus()).isEqualTo(400);
        assertThat(version.getContentAsString()).contains("De toestemmingstekst is niet gevonden");
        assertThat(OrganisationFixtures.digest(jdbc)).isEqualTo(before);
    }

    @Test
    void withdrawing_consent_deletes_the_payload_and_keeps_only_metadata() throws Exception {
        UUID keyFigure = newKeyFigure("Intrekking");
        UUID faith = OrganisationFixtures.organisationOfKind(jdbc, DemoTenants.MAASOEVER, "FAITH_BASED");
        addWithConsent(keyFigure, faith);
        Object id = affiliationRow(keyFigure).get("id");

        MockHttpServletResponse response = mvc.perform(post("/sleutelfiguren/" + keyFigure + "/organisaties/intrekken")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf()).param("koppeling", id.toString()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        Map<String, Object> row = affiliationRow(keyFigure);
        assertThat(row.get("payload")).isNull();
        assertThat(row.get("consent_withdrawn_at")).isNotNull();
        assertThat(row.get("consent_given_on")).isNotNull();
        assertThat(row.get("consent_version")).isEqualTo(1);
        assertThat(auditActions(id)).contains("CONSENT_GIVEN", "CONSENT_WITHDRAWN");
        String page = page(keyFigure, Role.COORDINATOR);
        String consented = page.substring(page.indexOf("id=\"met-toestemming\""));
        consented = consented.substring(0, consented.indexOf("</table>"));
        assertThat(consented).contains("Verwijderd na intrekken van de toestemming", "Ingetrokken op")
                .doesNotContain(OrganisationFixtures.nameOf(jdbc, faith), "Bestuurslid");
    }

    @Test
    void a_concern_handler_never_sees_it_on_the_page_or_in_lists_and_the_api_never_carries_it() throws Exception {
        UUID faith = OrganisationFixtures.organisationOfKind(jdbc, DemoTenants.MAASOEVER, "FAITH_BASED");
        UUID youth = OrganisationFixtures.organisationOfKind(jdbc, DemoTenants.MAASOEVER, "YOUTH");
        String faithName = OrganisationFixtures.nameOf(jdbc, faith);
        String youthName = OrganisationFixtures.nameOf(jdbc, youth);
        UUID portal = OrganisationFixtures.PORTAL_KEY_FIGURE;

        assertThat(page(portal, Role.COORDINATOR)).as("the coordinator sees it").contains(faithName, youthName,
                "Met toestemming vastgelegd", "Bestuurslid");

        String handlerPage = page(portal, Role.CONCERN_HANDLER);
        assertThat(handlerPage).contains(youthName).doesNotContain(faithName, "Met toestemming", "Bestuurslid",
                "Levensbeschouwelijk");
        assertThat(get("/organisaties", Role.CONCERN_HANDLER).getContentAsString()).contains(youthName)
                .doesNotContain(faithName);
        assertThat(get("/organisaties/" + faith, Role.CONCERN_HANDLER).getStatus()).isEqualTo(404);
        assertThat(get("/organisaties", Role.COORDINATOR).getContentAsString()).contains(faithName);

        for (Role role : List.of(Role.COORDINATOR, Role.CONCERN_HANDLER)) {
            String list = get("/api/v1/organisaties?paginaGrootte=100", role).getContentAsString();
            assertThat(list).contains(youthName).doesNotContain(faithName, faith.toString());
            assertThat(get("/api/v1/organisaties/" + faith, role).getStatus()).isEqualTo(404);
            String affiliations = get("/api/v1/sleutelfiguren/" + portal + "/organisaties", role).getContentAsString();
            assertThat(affiliations).contains(youthName).doesNotContain(faithName, faith.toString(), "BOARD_MEMBER");
        }
    }

    @Test
    void the_timeline_shows_only_that_consent_was_given_and_only_to_a_coordinator() {
        KeyFigureId portal = new KeyFigureId(OrganisationFixtures.PORTAL_KEY_FIGURE);
        UUID faith = OrganisationFixtures.organisationOfKind(jdbc, DemoTenants.MAASOEVER, "FAITH_BASED");
        String faithName = OrganisationFixtures.nameOf(jdbc, faith);

        List<TimelineEntry> coordinator = timelineAs(Role.COORDINATOR, portal);
        List<TimelineEntry> handler = timelineAs(Role.CONCERN_HANDLER, portal);

        assertThat(coordinator).extracting(TimelineEntry::labelKey).contains("affiliation.timeline.consented",
                "affiliation.timeline.added");
        assertThat(coordinator).filteredOn(e -> e.labelKey().equals("affiliation.timeline.consented"))
                .allSatisfy(e -> assertThat(e.detail()).isNull());
        assertThat(handler).extracting(TimelineEntry::labelKey).contains("affiliation.timeline.added")
                .doesNotContain("affiliation.timeline.consented", "affiliation.timeline.withdrawn");
        assertThat(coordinator).extracting(TimelineEntry::detail).doesNotContain(faithName);
    }

    @Test
    void the_key_figure_gets_their_own_affiliations_including_the_consented_one_in_their_data() {
        UUID faith = OrganisationFixtures.organisationOfKind(jdbc, DemoTenants.MAASOEVER, "FAITH_BASED");
        PersonalDataContributor contributor = personalData.stream().filter(c -> c.section().equals("organisaties"))
                .findFirst().orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                TestUsers.authentication(TestUsers.user(Role.KEY_FIGURE, DemoTenants.MAASOEVER)));

        List<Map<String, Object>> records = CurrentTenant.callAs(DemoTenants.MAASOEVER,
                () -> contributor.personalDataOf(DataSubject.keyFigure(new KeyFigureId(OrganisationFixtures.PORTAL_KEY_FIGURE).value())).asMaps());

        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("organisatie")).isEqualTo(OrganisationFixtures.nameOf(jdbc, faith));
            assertThat(r.get("metToestemming")).isEqualTo(true);
            assertThat(r.get("functie")).isEqualTo("Bestuurslid");
            assertThat(r.get("toestemmingstekstVersie")).isEqualTo(1);
            assertThat(r.get("toestemmingGegevenVia")).isEqualTo("Persoonlijk, in een gesprek");
        });
        assertThat(records).anySatisfy(r -> assertThat(r.get("metToestemming")).isEqualTo(false));
    }

    private UUID newKeyFigure(String familyName) {
        UUID id = OrganisationFixtures.newKeyFigure(keyFigures, familyName);
        made.add(id);
        return id;
    }

    private List<TimelineEntry> timelineAs(Role role, KeyFigureId keyFigure) {
        SecurityContextHolder.getContext().setAuthentication(
                TestUsers.authentication(TestUsers.user(role, DemoTenants.MAASOEVER)));
        try {
            return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> timelines.stream()
                    .filter(t -> t instanceof AffiliationTimeline).flatMap(t -> t.timelineOf(keyFigure, 50).stream())
                    .toList());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private MockHttpServletResponse addWithConsent(UUID keyFigure, UUID organisation) throws Exception {
        return mvc.perform(post("/sleutelfiguren/" + keyFigure + "/organisaties")
                .with(as(Role.COORDINATOR, DemoTenants.MAASOEVER)).with(csrf())
                .param("organisatie", organisation.toString()).param("functie", "BOARD_MEMBER")
                .param("toestemming", "ja").param("toestemmingOp", LocalDate.now().toString())
                .param("toestemmingstekst", "1").param("toestemmingWijze", "IN_WRITING"))
                .andReturn().getResponse();
    }

    private Map<String, Object> affiliationRow(UUID keyFigure) {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql("""
                select id, sensitive, organisation_id, function_code, payload, consent_version, consent_given_on,
                       consent_method, consent_withdrawn_at from affiliation where key_figure_id = ?""")
                .param(keyFigure).query().singleRow());
    }

    private List<String> auditActions(Object recordId) {
        return jdbc.sql("select action from audit_event where record_type = 'affiliation' and record_id = ? order by seq")
                .param(recordId).query(String.class).list();
    }

    private String page(UUID keyFigure, Role role) throws Exception {
        MockHttpServletResponse response = get("/sleutelfiguren/" + keyFigure + "/organisaties", role);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse get(String path, Role role) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(as(role, DemoTenants.MAASOEVER))).andReturn().getResponse();
    }
}
