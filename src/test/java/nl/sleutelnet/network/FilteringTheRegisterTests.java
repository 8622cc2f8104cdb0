package nl.sleutelnet.network;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The register page filters, sorts and pages the own municipality's key figures only, and the
 * coordinator's work list names those left without an (active) contact person.
 */
@SleutelnetTest
class FilteringTheRegisterTests {

    private static final Pattern NAMES = Pattern.compile("<td><a href=\"/sleutelfiguren/[0-9a-f-]{36}\">([^<]+)</a></td>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    AccountService accounts;

    @Test
    void filters_by_area_including_its_buurten_network_kind_role_status_and_contact_person() throws Exception {
        String token = RegisterTesting.uniqueName("Filter");
        UUID coordinator = RegisterTesting.staffId(jdbc, "coordinator@lingedonk.demo");
        KeyFigureId anna = register("Anna", token, List.of("BU99030101"), List.of("YOUTH"), RoleType.CONNECTOR);
        KeyFigureId bas = register("Bas", token, List.of("WK990302"), List.of("SPORTS"), RoleType.DOER);
        KeyFigureId cor = register("Cor", token, List.of(), List.of("YOUTH", "SPORTS"), RoleType.DOER);
        activate(bas);
        CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> keyFigures.arrangeContact(cor, coordinator, null, 30));

        assertThat(names("zoek", token)).containsExactly("Anna " + token, "Bas " + token, "Cor " + token);
        assertThat(names("zoek", token, "gebied", "WK990301")).as("the wijk finds its buurt").containsExactly("Anna " + token);
        assertThat(names("zoek", token, "gebied", "BU99030101")).containsExactly("Anna " + token);
        assertThat(names("zoek", token, "netwerk", "SPORTS")).containsExactly("Bas " + token, "Cor " + token);
        assertThat(names("zoek", token, "rol", "DOER", "netwerk", "YOUTH")).containsExactly("Cor " + token);
        assertThat(names("zoek", token, "status", "ACTIVE")).containsExactly("Bas " + token);
        assertThat(names("zoek", token, "contactpersoon", coordinator.toString())).containsExactly("Cor " + token);
        assertThat(names("zoek", token, "sorteer", "nieuwste")).containsExactly("Cor " + token, "Bas " + token,
                "Anna " + token);
        assertThat(names("zoek", token, "sorteer", "status")).as("candidates before active")
                .containsExactly("Anna " + token, "Cor " + token, "Bas " + token);
    }

    @Test
    void sorts_on_the_family_name_without_the_tussenvoegsel_and_marks_overdue_contact() throws Exception {
        String token = RegisterTesting.uniqueName("Sort");
        KeyFigureDraft berg = new KeyFigureDraft("Zoë", "van den", "Berg" + token, null, null, "nl", null, List.of(),
                false, List.of(), List.of(), null);
        KeyFigureDraft akker = new KeyFigureDraft("Yusuf", null, "Akker" + token, null, null, "nl", null, List.of(),
                false, List.of(), List.of(), null);
        KeyFigureId bergId = CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> keyFigures.register(berg));
        CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> keyFigures.register(akker));
        activate(bergId);
        CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> {
            keyFigures.arrangeContact(bergId, null, null, 30);
            keyFigures.contactRecorded(bergId, LocalDate.now().minusDays(45));
        });

        assertThat(names("zoek", token)).containsExactly("Yusuf Akker" + token, "Zoë van den Berg" + token);
        String overdue = page("zoek", token, "teLaat", "true").getContentAsString();
        assertThat(names(overdue)).containsExactly("Zoë van den Berg" + token);
        assertThat(overdue).contains("te laat</span>");
    }

    @Test
    void another_municipality_s_key_figures_never_appear_whatever_the_filters() throws Exception {
        String token = RegisterTesting.uniqueName("Elders");
        CurrentTenant.callAs(DemoTenants.WAALBERGEN, () -> keyFigures.register(RegisterTesting.draft("Iris", token)));

        for (String[] filters : new String[][] { { "zoek", token }, { "zoek", token, "zonderContactpersoon", "true" },
                { "zoek", token, "status", "CANDIDATE", "sorteer", "nieuwste" } }) {
            assertThat(names(filters)).isEmpty();
        }
        assertThat(names(DemoTenants.WAALBERGEN, "zoek", token)).containsExactly("Iris " + token);
    }

    @Test
    void the_work_list_counts_key_figures_without_an_active_contact_person_and_links_to_them() throws Exception {
        String token = RegisterTesting.uniqueName("Zonder");
        UUID coordinator = RegisterTesting.staffId(jdbc, "coordinator@lingedonk.demo");
        UUID leaver = CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> accounts.createStaff(DemoTenants.LINGEDONK,
                token.toLowerCase() + "@lingedonk.test", "Vertrokken " + token, "Vertrokken-Collega-2026!",
                Set.of(Role.COORDINATOR)));
        jdbc.sql("update account set active = false where id = ?").param(leaver).update();
        KeyFigureId none = register("Ada", token, List.of(), List.of(), RoleType.DOER);
        KeyFigureId left = register("Ben", token, List.of(), List.of(), RoleType.DOER);
        KeyFigureId kept = register("Cas", token, List.of(), List.of(), RoleType.DOER);
        KeyFigureId candidate = register("Dirk", token, List.of(), List.of(), RoleType.DOER);
        for (KeyFigureId id : List.of(none, left, kept)) {
            activate(id);
        }
        CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> {
            keyFigures.arrangeContact(left, leaver, null, 30);
            keyFigures.arrangeContact(kept, coordinator, null, 30);
            keyFigures.arrangeContact(candidate, null, null, null);
        });

        assertThat(names("zoek", token, "zonderContactpersoon", "true")).containsExactly("Ada " + token, "Ben " + token);
        long expected = CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> jdbc.sql("""
                select count(*) from key_figure k where status in ('ACTIVE', 'PAUSED') and (contact_person_id is null
                or not exists (select 1 from account a where a.id = k.contact_person_id and a.active))""")
                .query(Long.class).single());
        String start = mvc.perform(get("/start").with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn()
                .getResponse().getContentAsString();
        assertThat(start).containsPattern("href=\"/sleutelfiguren\\?zonderContactpersoon=true\"><strong>" + expected
                + "</strong>\\s*<span>sleutelfiguren zonder \\(actieve\\) contactpersoon</span>");
        String page = mvc.perform(get("/sleutelfiguren/" + left).with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("heeft geen actief account meer", "Vertrokken " + token);
        String handler = mvc.perform(get("/start").with(as(Role.CONCERN_HANDLER, DemoTenants.LINGEDONK))).andReturn()
                .getResponse().getContentAsString();
        assertThat(handler).doesNotContain("zonder (actieve) contactpersoon");
    }

    @Test
    void unknown_filter_values_are_refused_with_a_message_and_the_filters_survive_paging() throws Exception {
        MockHttpServletResponse refused = page("status", "VERDWENEN");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Een van de filters heeft een onbekende waarde.");

        String token = RegisterTesting.uniqueName("Pagina");
        for (int i = 0; i < 26; i++) {
            register("P" + (char) ('a' + i), token, List.of(), List.of(), RoleType.DOER);
        }
        String first = page("zoek", token, "rol", "DOER").getContentAsString();
        assertThat(first).contains("href=\"/sleutelfiguren?zoek=" + token + "&amp;rol=DOER&amp;pagina=2\"");
        assertThat(names(page("zoek", token, "rol", "DOER", "pagina", "2").getContentAsString())).hasSize(1);
    }

    @Test
    void a_name_search_counts_every_match_on_every_page_and_past_the_last_one() {
        String token = RegisterTesting.uniqueName("Telling");
        for (int i = 0; i < 7; i++) {
            register("T" + (char) ('a' + i), token, List.of(), List.of(), RoleType.DOER);
        }
        CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> {
            KeyFigureSearch byName = KeyFigureSearch.byName(token.toLowerCase());
            List<String> seen = new java.util.ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                var found = keyFigures.search(byName, nl.sleutelnet.shared.PageRequest.of(page, 3));
                assertThat(found.total()).as("page %d", page).isEqualTo(7);
                found.items().forEach(k -> seen.add(k.name().givenName()));
            }
            assertThat(seen).containsExactly("Ta", "Tb", "Tc", "Td", "Te", "Tf", "Tg");
            var past = keyFigures.search(byName, nl.sleutelnet.shared.PageRequest.of(9, 3));
            assertThat(past.items()).isEmpty();
            assertThat(past.total()).as("past the last page the total is still counted").isEqualTo(7);
            var none = keyFigures.search(KeyFigureSearch.byName(token + "-geen"), nl.sleutelnet.shared.PageRequest.of(1, 3));
            assertThat(none.items()).isEmpty();
            assertThat(none.total()).isZero();
        });
    }

    private KeyFigureId register(String given, String family, List<String> areas, List<String> kinds, RoleType role) {
        return CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> keyFigures.register(new KeyFigureDraft(given, null,
                family, null, null, "nl", null, List.of(role), false, areas, kinds, null)));
    }

    private void activate(KeyFigureId id) {
        CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> {
            for (KeyFigureStatus next : List.of(KeyFigureStatus.INTAKE, KeyFigureStatus.ACTIVE)) {
                keyFigures.changeStatus(id, StatusChange.to(next, keyFigures.find(id).version()));
            }
        });
    }

    private List<String> names(String... params) throws Exception {
        return names(DemoTenants.LINGEDONK, params);
    }

    private List<String> names(MunicipalityId municipality, String... params) throws Exception {
        MockHttpServletResponse response = page(municipality, params);
        assertThat(response.getStatus()).isEqualTo(200);
        return names(response.getContentAsString());
    }

    private MockHttpServletResponse page(String... params) throws Exception {
        return page(DemoTenants.LINGEDONK, params);
    }

    private MockHttpServletResponse page(MunicipalityId municipality, String... params) throws Exception {
        MockHttpServletRequestBuilder request = get("/sleutelfiguren").with(as(Role.COORDINATOR, municipality));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static List<String> names(String html) {
        List<String> names = new java.util.ArrayList<>();
        Matcher m = NAMES.matcher(html);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
