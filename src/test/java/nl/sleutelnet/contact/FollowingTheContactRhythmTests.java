package nl.sleutelnet.contact;

import static nl.sleutelnet.contact.ContactFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.shared.WorkListEntry;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * The rhythm work list with concrete dates: overdue is "next contact before today, or never
 * contacted with a rhythm agreed" for active key figures; due this week is today up to six
 * days ahead. Logging a contact takes a key figure off the list; follow-ups can be closed.
 */
@SleutelnetTest
class FollowingTheContactRhythmTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContactWorkList workList;

    ContactFixtures fixtures;
    SleutelnetUser me;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = ContactFixtures.of(context);
        me = fixtures.newStaff(DemoTenants.MAASOEVER, Role.COORDINATOR);
        today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void overdue_and_due_this_week_follow_the_agreed_rhythm() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        keyFigure("Achter" + tag, KeyFigureStatus.ACTIVE, 30, today.minusDays(31));   // due yesterday
        keyFigure("Nooit" + tag, KeyFigureStatus.ACTIVE, 30, null);                   // never, rhythm agreed
        keyFigure("Vandaag" + tag, KeyFigureStatus.ACTIVE, 30, today.minusDays(30));  // due today
        keyFigure("Zesdagen" + tag, KeyFigureStatus.ACTIVE, 30, today.minusDays(24)); // due in 6 days
        keyFigure("Zevendagen" + tag, KeyFigureStatus.ACTIVE, 30, today.minusDays(23)); // due in 7 days
        keyFigure("Zonderritme" + tag, KeyFigureStatus.ACTIVE, null, null);           // no rhythm
        keyFigure("Gepauzeerd" + tag, KeyFigureStatus.PAUSED, 30, today.minusDays(90)); // paused

        String html = mvc.perform(get("/contact/werklijst").param("alleenMijn", "ja").with(as(me))).andReturn()
                .getResponse().getContentAsString();

        assertThat(section(html, "te-laat")).contains("Test Achter" + tag, "Test Nooit" + tag, "Nog nooit contact gehad")
                .doesNotContain("Vandaag" + tag, "Zesdagen" + tag, "Zevendagen" + tag, "Zonderritme" + tag,
                        "Gepauzeerd" + tag);
        assertThat(section(html, "deze-week")).contains("Test Vandaag" + tag, "Test Zesdagen" + tag)
                .doesNotContain("Achter" + tag, "Nooit" + tag, "Zevendagen" + tag, "Zonderritme" + tag,
                        "Gepauzeerd" + tag);
        assertThat(section(html, "te-laat")).contains("Te laat voor contact (2)");
        assertThat(section(html, "deze-week")).contains("Deze week aan de beurt (2)");
        // Sorted by next contact: never contacted first, then the earliest due.
        assertThat(section(html, "te-laat").indexOf("Nooit" + tag)).isLessThan(section(html, "te-laat").indexOf("Achter" + tag));
        String byName = section(mvc.perform(get("/contact/werklijst").param("alleenMijn", "ja").param("sorteer", "naam")
                .with(as(me))).andReturn().getResponse().getContentAsString(), "te-laat");
        assertThat(byName.indexOf("Achter" + tag)).isLessThan(byName.indexOf("Nooit" + tag));
    }

    @Test
    void logging_a_contact_takes_the_key_figure_off_the_overdue_list() throws Exception {
        KeyFigureId late = keyFigure("Laat", KeyFigureStatus.ACTIVE, 14, today.minusDays(20));
        assertThat(overdueSection()).contains("Test Laat");

        mvc.perform(post("/sleutelfiguren/" + late.value() + "/contact").with(csrf()).with(as(me))
                .param("datum", today.toString()).param("kanaal", "PHONE").param("onderwerp", "HOUSING")).andReturn();

        assertThat(overdueSection()).doesNotContain("Test Laat").contains("Niemand is te laat voor contact.");
    }

    @Test
    void follow_up_actions_are_listed_for_their_owner_counted_when_overdue_and_can_be_closed() throws Exception {
        KeyFigureId keyFigure = keyFigure("Vervolg", KeyFigureStatus.ACTIVE, 30, today.minusDays(3));
        mvc.perform(post("/sleutelfiguren/" + keyFigure.value() + "/contact").with(csrf()).with(as(me))
                .param("datum", today.minusDays(10).toString()).param("kanaal", "PHONE").param("onderwerp", "TRAINING")
                .param("vervolgOmschrijving", "Trainingsdata sturen", "Zaal reserveren")
                .param("vervolgEigenaar", me.accountId().toString(), me.accountId().toString())
                .param("vervolgDatum", today.minusDays(1).toString(), today.plusDays(5).toString())).andReturn();

        String html = mvc.perform(get("/contact/werklijst").with(as(me))).andReturn().getResponse().getContentAsString();
        String actions = section(html, "vervolgacties");
        assertThat(actions).contains("Mijn open vervolgacties (2)", "Trainingsdata sturen", "Zaal reserveren");
        assertThat(countOf("contact.workList.followUpsOverdue")).isEqualTo(1);

        UUID overdue = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql(
                "select id from follow_up_action where key_figure_id = ? and due_on < ?")
                .params(keyFigure.value(), today).query(UUID.class).single());
        assertThat(mvc.perform(post("/vervolgacties/" + overdue + "/afgerond").with(csrf()).with(as(me)))
                .andReturn().getResponse().getStatus()).as("without the confirmation nothing happens").isEqualTo(400);
        assertThat(mvc.perform(post("/vervolgacties/" + overdue + "/afgerond").with(csrf())
                .with(as(fixtures.newStaff(DemoTenants.MAASOEVER, Role.PARTNER))).param("afgerond", "ja"))
                .andReturn().getResponse().getStatus()).as("a partner who has nothing to do with it").isEqualTo(404);
        assertThat(countOf("contact.workList.followUpsOverdue")).isEqualTo(1);

        assertThat(mvc.perform(post("/vervolgacties/" + overdue + "/afgerond").with(csrf()).with(as(me))
                .param("afgerond", "ja").param("terug", "werklijst")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/contact/werklijst#vervolgacties");

        assertThat(countOf("contact.workList.followUpsOverdue")).isZero();
        assertThat(section(mvc.perform(get("/contact/werklijst").with(as(me))).andReturn().getResponse()
                .getContentAsString(), "vervolgacties")).contains("Mijn open vervolgacties (1)")
                .doesNotContain("Trainingsdata sturen");
    }

    @Test
    void the_start_page_work_list_counts_for_coordinators_only() {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.authentication(
                TestUsers.user(Role.CONCERN_HANDLER, DemoTenants.MAASOEVER)));
        try {
            assertThat(workList.entries()).isEmpty();
            SecurityContextHolder.getContext().setAuthentication(TestUsers.authentication(me));
            assertThat(workList.entries()).extracting(WorkListEntry::labelKey).containsExactly(
                    "contact.workList.overdue", "contact.workList.dueThisWeek", "contact.workList.followUpsOverdue");
            assertThat(workList.entries().get(0).count()).as("the demo municipality has overdue key figures")
                    .isPositive();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long countOf(String labelKey) {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.authentication(me));
        try {
            return workList.entries().stream().filter(e -> e.labelKey().equals(labelKey)).findFirst().orElseThrow()
                    .count();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String overdueSection() throws Exception {
        return section(mvc.perform(get("/contact/werklijst").param("alleenMijn", "ja").with(as(me))).andReturn()
                .getResponse().getContentAsString(), "te-laat");
    }

    private KeyFigureId keyFigure(String name, KeyFigureStatus status, Integer cadence, LocalDate last) {
        return fixtures.keyFigure(DemoTenants.MAASOEVER, name, status, cadence, last, me.accountId());
    }

    static String section(String html, String id) {
        Matcher m = Pattern.compile("<section id=\"" + id + "\".*?</section>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("section " + id).isTrue();
        return m.group();
    }
}
