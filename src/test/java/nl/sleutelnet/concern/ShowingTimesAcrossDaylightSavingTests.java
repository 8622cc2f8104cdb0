package nl.sleutelnet.concern;

import static nl.sleutelnet.concern.PortalConcernFixtures.TOWN;
import static nl.sleutelnet.concern.PortalConcernFixtures.concernForm;
import static nl.sleutelnet.concern.PortalConcernFixtures.handle;
import static nl.sleutelnet.concern.PortalConcernFixtures.newest;
import static nl.sleutelnet.concern.PortalConcernFixtures.reporter;
import static nl.sleutelnet.concern.PortalConcernFixtures.signedIn;
import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.WholePage;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.shared.Times;
import nl.sleutelnet.tenancy.CurrentTenant;

/**
 * Every time is shown in Amsterdam time, whoever reads it: the handler's screen and the
 * reporter's portal show a step at the same wall-clock time, also in the hours around the
 * change to and from summer time (stored as instants; the server's own zone does not matter).
 */
@SleutelnetTest
class ShowingTimesAcrossDaylightSavingTests {

    /** 25 October 2026: 00:30 UTC is 02:30 summer time, 01:30 UTC is 02:30 winter time. */
    private static final Instant AUTUMN_SUMMER = Instant.parse("2026-10-25T00:30:00Z");
    private static final Instant AUTUMN_WINTER = Instant.parse("2026-10-25T01:30:00Z");
    /** 29 March 2026: 00:30 UTC is 01:30 winter time, 01:30 UTC is 03:30 summer time. */
    private static final Instant SPRING_WINTER = Instant.parse("2026-03-29T00:30:00Z");
    private static final Instant SPRING_SUMMER = Instant.parse("2026-03-29T01:30:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    ConcernHandling handling;

    @Autowired
    ReporterConcerns reporterSide;

    @Test
    void the_formatter_shows_amsterdam_time_on_both_sides_of_a_change() {
        assertThat(Times.format(AUTUMN_SUMMER, "HH:mm xxx", Locale.ROOT)).isEqualTo("02:30 +02:00");
        assertThat(Times.format(AUTUMN_WINTER, "HH:mm xxx", Locale.ROOT)).isEqualTo("02:30 +01:00");
        assertThat(Times.format(SPRING_WINTER, "HH:mm", Locale.ROOT)).isEqualTo("01:30");
        assertThat(Times.format(SPRING_SUMMER, "HH:mm", Locale.ROOT)).isEqualTo("03:30");
        assertThat(Times.dateTime(AUTUMN_SUMMER, Locale.forLanguageTag("nl"))).contains("25 oktober 2026", "02:30");
    }

    @Test
    void handler_and_reporter_see_a_message_at_the_same_local_time_in_autumn() throws Exception {
        sameTimeOnBothScreens(AUTUMN_SUMMER, AUTUMN_WINTER, "02:30", "02:30");
    }

    @Test
    void handler_and_reporter_see_a_message_at_the_same_local_time_in_spring() throws Exception {
        sameTimeOnBothScreens(SPRING_WINTER, SPRING_SUMMER, "01:30", "03:30");
    }

    private void sameTimeOnBothScreens(Instant first, Instant second, String firstShown, String secondShown)
            throws Exception {
        KeyFigureId me = reporter(keyFigures, "Klok", "nl");
        mvc.perform(concernForm(me, "terugkoppeling", "PORTAL_ONLY"));
        ConcernId id = newest(reporterSide, me);
        handle(handling, id, (s, c, v) -> s.acknowledge(c, v, null));
        handle(handling, id, (s, c, v) -> s.startAssessment(c, v, null));
        List<UUID> messages = CurrentTenant.callAs(TOWN, () -> jdbc.sql(
                "select id from concern_message where concern_id = ? order by created_at, id")
                .param(id.value()).query(UUID.class).list());
        assertThat(messages).as("the steps sent the reporter messages").hasSizeGreaterThanOrEqualTo(2);
        setCreatedAt(messages.get(0), first);
        for (UUID later : messages.subList(1, messages.size())) {
            setCreatedAt(later, second);
        }

        String handler = page(get("/zorgmeldingen/" + id.value()).with(as(Role.CONCERN_HANDLER, TOWN)));
        String portal = page(get("/portaal/zorgen/" + id.value()).with(signedIn(me)));

        for (String html : List.of(handler, portal)) {
            assertThat(html).contains(firstShown, secondShown);
        }
        assertThat(portal).as("the moments stay distinct as instants")
                .contains("datetime=\"" + first + "\"", "datetime=\"" + second + "\"");
        assertThat(handler).as("no time shown in UTC").doesNotContain("00:30<");
    }

    private void setCreatedAt(UUID message, Instant at) {
        CurrentTenant.runAs(TOWN, () -> jdbc.sql("update concern_message set created_at = ? where id = ?")
                .params(Timestamp.from(at), message).update());
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(WholePage.isWhole()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
