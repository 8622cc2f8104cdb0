package nl.sleutelnet.network;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * The lifecycle candidate → intake → active ⇄ paused → ended, step by step through the page:
 * every allowed step works, every other step is refused and changes nothing.
 */
@SleutelnetTest
class ChangingTheStatusOfAKeyFigureTests {

    /** The product's lifecycle, written out here so that a change to the code cannot silently change it. */
    static final Map<KeyFigureStatus, Set<KeyFigureStatus>> ALLOWED = Map.of(
            KeyFigureStatus.CANDIDATE, EnumSet.of(KeyFigureStatus.INTAKE, KeyFigureStatus.ENDED),
            KeyFigureStatus.INTAKE, EnumSet.of(KeyFigureStatus.ACTIVE, KeyFigureStatus.ENDED),
            KeyFigureStatus.ACTIVE, EnumSet.of(KeyFigureStatus.PAUSED, KeyFigureStatus.ENDED),
            KeyFigureStatus.PAUSED, EnumSet.of(KeyFigureStatus.ACTIVE, KeyFigureStatus.ENDED),
            KeyFigureStatus.ENDED, EnumSet.noneOf(KeyFigureStatus.class));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureService keyFigures;

    static Stream<Arguments> everyStep() {
        return Stream.of(KeyFigureStatus.values()).flatMap(from -> Stream.of(KeyFigureStatus.values())
                .map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyStep")
    void every_allowed_step_works_and_every_other_step_is_refused(KeyFigureStatus from, KeyFigureStatus to)
            throws Exception {
        KeyFigure keyFigure = keyFigureIn(from);
        Map<String, String> before = RegisterTesting.rows(jdbc);

        MockHttpServletResponse response = mvc.perform(step(keyFigure, to.name()).param("reden", "NO_TIME")
                .param("geenExitgesprek", "true")).andReturn().getResponse();

        String now = RegisterTesting.statusOf(jdbc, DemoTenants.LINGEDONK, keyFigure.id().value());
        if (ALLOWED.get(from).contains(to)) {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(now).isEqualTo(to.name());
            assertThat(lastEvent(keyFigure.id())).isEqualTo("STATUS_CHANGED " + from + " -> " + to);
        } else {
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("Deze statuswijziging kan niet vanuit de huidige status.");
            assertThat(now).isEqualTo(from.name());
            assertThat(RegisterTesting.rows(jdbc)).isEqualTo(before);
        }
    }

    @Test
    void becoming_active_sets_the_date_once_and_ending_records_reason_and_exit_conversation() throws Exception {
        KeyFigure keyFigure = keyFigureIn(KeyFigureStatus.INTAKE);
        LocalDate today = LocalDate.now();

        assertThat(mvc.perform(step(keyFigure, "ACTIVE")).andReturn().getResponse().getStatus()).isEqualTo(302);
        KeyFigure active = find(keyFigure.id());
        assertThat(active.activeSince()).isEqualTo(today);
        active = move(active, KeyFigureStatus.PAUSED);
        active = move(active, KeyFigureStatus.ACTIVE);
        assertThat(active.activeSince()).as("kept when resuming").isEqualTo(today);

        MockHttpServletResponse ended = mvc.perform(step(active, "ENDED").param("reden", "MOVED")
                .param("exitgesprekOp", today.minusDays(3).toString())).andReturn().getResponse();

        assertThat(ended.getStatus()).isEqualTo(302);
        KeyFigure after = find(keyFigure.id());
        assertThat(after.status()).isEqualTo(KeyFigureStatus.ENDED);
        assertThat(after.endedOn()).isEqualTo(today);
        assertThat(after.endReason()).isEqualTo(EndReason.MOVED);
        assertThat(after.exitConversationOn()).isEqualTo(today.minusDays(3));
        assertThat(CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> jdbc.sql("""
                select count(*) from audit_event where action = 'STATUS_CHANGED' and record_id = ?""")
                .param(keyFigure.id().value()).query(Long.class).single())).as("intake, active, paused, active, ended")
                .isEqualTo(5);
    }

    @Test
    void ending_needs_a_reason_and_the_exit_conversation_date_or_the_statement_that_there_was_none()
            throws Exception {
        KeyFigure keyFigure = keyFigureIn(KeyFigureStatus.ACTIVE);
        String tomorrow = LocalDate.now().plusDays(1).toString();
        Map<String, String> before = RegisterTesting.rows(jdbc);

        assertRefused(step(keyFigure, "ENDED"), "Kies de reden van beëindigen.",
                "Vul de datum van het exitgesprek in, of vink aan dat er geen exitgesprek is geweest.");
        assertRefused(step(keyFigure, "ENDED").param("reden", "MOVED").param("exitgesprekOp", tomorrow),
                "De datum van het exitgesprek ligt in de toekomst.");
        assertRefused(step(keyFigure, "ENDED").param("reden", "MOVED").param("exitgesprekOp", "2026-02-30"),
                "Vul een geldige datum in");
        assertRefused(step(keyFigure, "ENDED").param("reden", "MOVED").param("exitgesprekOp", "2026-01-05")
                .param("geenExitgesprek", "true"), "niet allebei");
        assertRefused(step(keyFigure, "ENDED").param("reden", "FIRED").param("geenExitgesprek", "true"),
                "Kies de reden van beëindigen.");
        assertThat(RegisterTesting.rows(jdbc)).isEqualTo(before);

        MockHttpServletResponse ended = mvc.perform(step(keyFigure, "ENDED").param("reden", "ROLE_FULFILLED")
                .param("geenExitgesprek", "true")).andReturn().getResponse();
        assertThat(ended.getStatus()).isEqualTo(302);
        assertThat(find(keyFigure.id()).exitConversationOn()).isNull();
    }

    @Test
    void a_step_based_on_an_old_version_changes_nothing() throws Exception {
        KeyFigure keyFigure = keyFigureIn(KeyFigureStatus.CANDIDATE);
        move(keyFigure, KeyFigureStatus.INTAKE);
        Map<String, String> before = RegisterTesting.rows(jdbc);

        MockHttpServletResponse late = mvc.perform(step(keyFigure, "INTAKE")).andReturn().getResponse();

        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(late.getContentAsString()).contains("Iemand anders heeft dit intussen gewijzigd");
        assertThat(RegisterTesting.rows(jdbc)).isEqualTo(before);
    }

    @Test
    void ending_tells_how_many_key_figures_the_contact_person_keeps() throws Exception {
        UUID coordinator = RegisterTesting.staffId(jdbc, "coordinator@lingedonk.demo");
        KeyFigure keyFigure = keyFigureIn(KeyFigureStatus.ACTIVE);
        CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> keyFigures.arrangeContact(keyFigure.id(), coordinator, null, 30));
        KeyFigure arranged = find(keyFigure.id());
        long left = CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> keyFigures.contactLoad(coordinator)) - 1;

        var ended = mvc.perform(step(arranged, "ENDED").param("reden", "MOVED").param("geenExitgesprek", "true"))
                .andReturn();
        assertThat(ended.getResponse().getStatus()).as(ended.getResponse().getContentAsString()).isEqualTo(302);
        // The session cookie carries the flash message to the page, as in a browser.
        var shown = mvc.perform(get(ended.getResponse().getRedirectedUrl())
                .cookie(ended.getResponse().getCookies()).with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn();
        String page = shown.getResponse().getContentAsString();

        assertThat(page).contains("De status is nu: Beëindigd.",
                "is nu de vaste contactpersoon van " + left + " actieve of gepauzeerde sleutelfiguren.");
    }

    @Test
    void the_candidate_list_shows_candidates_and_intakes_with_their_introducer_and_moves_them_on() throws Exception {
        UUID coordinator = RegisterTesting.staffId(jdbc, "coordinator@lingedonk.demo");
        String family = RegisterTesting.uniqueName("Kandidaat");
        KeyFigureDraft draft = new KeyFigureDraft("Lotte", null, family, null, null, "nl", ContactChannel.EMAIL,
                List.of(), true, List.of(), List.of(), coordinator);
        KeyFigureId id = CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> keyFigures.register(draft));

        String list = mvc.perform(get("/sleutelfiguren/kandidaten?pagina=1").with(as(Role.COORDINATOR,
                DemoTenants.LINGEDONK))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Lotte " + family, "Kennismaking met Lotte " + family + " starten");
        assertThat(list.substring(list.indexOf("Lotte " + family))).contains(staffName(coordinator));
        assertThat(list).doesNotContain(">Actief</span>");

        mvc.perform(step(find(id), "INTAKE"));
        String after = mvc.perform(get("/sleutelfiguren/kandidaten").with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Lotte " + family + " actief maken");
        assertThat(mvc.perform(get("/sleutelfiguren/kandidaten").with(as(Role.CONCERN_HANDLER, DemoTenants.LINGEDONK)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private void assertRefused(MockHttpServletRequestBuilder request, String... messages) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains(messages).contains("Controleer het formulier");
    }

    private String staffName(UUID id) {
        return jdbc.sql("select display_name from account where id = ?").param(id).query(String.class).single();
    }

    /** A fresh key figure that went through the lifecycle up to {@code status}. */
    private KeyFigure keyFigureIn(KeyFigureStatus status) {
        KeyFigureId id = CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> keyFigures.register(
                RegisterTesting.draft("Sem", RegisterTesting.uniqueName("Status"))));
        KeyFigure k = find(id);
        List<KeyFigureStatus> path = switch (status) {
            case CANDIDATE -> List.of();
            case INTAKE -> List.of(KeyFigureStatus.INTAKE);
            case ACTIVE -> List.of(KeyFigureStatus.INTAKE, KeyFigureStatus.ACTIVE);
            case PAUSED -> List.of(KeyFigureStatus.INTAKE, KeyFigureStatus.ACTIVE, KeyFigureStatus.PAUSED);
            case ENDED -> List.of(KeyFigureStatus.ENDED);
        };
        for (KeyFigureStatus next : path) {
            k = move(k, next);
        }
        return k;
    }

    private KeyFigure move(KeyFigure k, KeyFigureStatus to) {
        return CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> keyFigures.changeStatus(k.id(),
                new StatusChange(to, k.version(), to == KeyFigureStatus.ENDED ? EndReason.OTHER : null, null, true)));
    }

    private KeyFigure find(KeyFigureId id) {
        return CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> keyFigures.find(id));
    }

    private String lastEvent(KeyFigureId id) {
        return CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> jdbc.sql("""
                select kind || ' ' || from_status || ' -> ' || to_status from key_figure_event
                where key_figure_id = ? order by occurred_at desc limit 1""").param(id.value()).query(String.class)
                .single());
    }

    private static MockHttpServletRequestBuilder step(KeyFigure k, String to) {
        return post("/sleutelfiguren/" + k.id() + "/status").with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))
                .with(csrf()).param("status", to).param("versie", Integer.toString(k.version()));
    }
}
