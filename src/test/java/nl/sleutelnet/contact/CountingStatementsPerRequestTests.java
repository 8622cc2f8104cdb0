package nl.sleutelnet.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.StatementCounter;
import nl.sleutelnet.identity.ApiClientFixtures;
import nl.sleutelnet.identity.Browserless;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Performance smoke, not a timed test: the JDBC statements one request runs (on every data
 * source, the session store included) stay within a budget, and do not grow with the data, so
 * a change that adds an N+1 or a second session load fails here. Budgets: bench/README.md.
 */
@SleutelnetTest
class CountingStatementsPerRequestTests {

    static final MunicipalityId M = DemoTenants.MAASOEVER;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContactMoments contacts;

    @Test
    void the_main_pages_and_api_calls_stay_within_their_statement_budget() throws Exception {
        ContactFixtures fixtures = ContactFixtures.of(context);
        SleutelnetUser coordinator = fixtures.demo("coordinator@maasoever.demo");
        KeyFigureId few = withContacts(fixtures, coordinator, 2);
        KeyFigureId many = withContacts(fixtures, coordinator, 25);
        Browserless browser = new Browserless(port);
        assertThat(browser.login("coordinator@maasoever.demo", ContactFixtures.PASSWORD).statusCode()).isEqualTo(302);
        browser.get("/start");

        Map<String, Integer> budgets = new LinkedHashMap<>();
        budgets.put("/start", 14); // one session read, a bind at most, the work-list counts
        budgets.put("/sleutelfiguren", 7); // session, a bind at most, page of the register and its count, filters
        budgets.put("/sleutelfiguren?zoek=berg", 6); // the same with a search
        budgets.put("/sleutelfiguren/" + many, 13); // key figure and staff read once (ReadMemo), one read per module, audit append
        budgets.put("/contact/werklijst", 9); // session, a bind at most, the work list and its counts
        budgets.put("/contact/afstemming", 5); // session, a bind at most, the coordination view
        budgets.put("/api/v1/sleutelfiguren", 4); // session, bind, a page of key figures and its count
        budgets.put("/api/v1/sleutelfiguren/" + many, 4); // session, bind, the key figure, audit append (one statement)
        budgets.put("/api/v1/contactmomenten", 5); // session, bind, a page of contact moments and its count
        withinBudgets(browser, budgets);
        assertThat(statementsOf(browser, "/sleutelfiguren/" + many).size()).as("timeline of 25 vs 2 contacts")
                .isEqualTo(statementsOf(browser, "/sleutelfiguren/" + few).size());
        for (int i = 0; i < 60; i++) {
            fixtures.keyFigure(M, i < 5 ? "Enkeltal" : "Veelvoud", KeyFigureStatus.ACTIVE, 30, null, coordinator.accountId());
        }
        assertThat(statementsOf(browser, "/sleutelfiguren?zoek=veelvoud").size()).as("register list of 55 (3 pages) vs 5")
                .isEqualTo(statementsOf(browser, "/sleutelfiguren?zoek=enkeltal").size());
        assertThat(statementsOf(browser, "/api/v1/sleutelfiguren?zoek=veelvoud").size()).as("API list of 55 vs 5")
                .isEqualTo(statementsOf(browser, "/api/v1/sleutelfiguren?zoek=enkeltal").size());
        assertThat(statementsOf(browser, "/api/v1/contactmomenten?sleutelfiguur=" + many).size())
                .as("API list of 25 vs 2 contacts")
                .isEqualTo(statementsOf(browser, "/api/v1/contactmomenten?sleutelfiguur=" + few).size());

        // An API client (ADR 0028): no session; the client's one look-up (with its bind) instead of the session read.
        String client = ApiClientFixtures.of(context).create(M, 6000, "sleutelfiguren=lezen",
                "contactmomenten=lezen").credential();
        Map<String, Integer> clientBudgets = new LinkedHashMap<>();
        clientBudgets.put("/api/v1/sleutelfiguren", 5); // bind and client look-up, bind, a page of key figures and its count
        clientBudgets.put("/api/v1/sleutelfiguren/" + many, 5); // bind and look-up, bind, the key figure, audit append
        clientBudgets.put("/api/v1/contactmomenten", 6); // bind and look-up, bind, a page of contact moments and its count
        Browserless machine = new Browserless(port); // no session cookie
        for (Map.Entry<String, Integer> budget : clientBudgets.entrySet()) {
            String key = StatementCounter.expect();
            HttpResponse<String> response = machine.send(HttpRequest.newBuilder(machine.uri(budget.getKey()))
                    .header(StatementCounter.HEADER, key).header("Authorization", "Bearer " + client).GET());
            assertThat(response.statusCode()).as(budget.getKey()).isEqualTo(200);
            List<String> statements = StatementCounter.statements(key);
            assertThat(statements.size()).as("as an API client: " + describe(budget.getKey(), statements))
                    .isLessThanOrEqualTo(budget.getValue());
        }

        Browserless handler = new Browserless(port);
        assertThat(handler.login("zorg@maasoever.demo", ContactFixtures.PASSWORD).statusCode()).isEqualTo(302);
        handler.get("/start");
        Map<String, Integer> concernBudgets = new LinkedHashMap<>(); // as the concern handler
        concernBudgets.put("/zorgmeldingen?weergave=open", 6); // session, a bind at most, the open concerns and their count, the work-list figures
        concernBudgets.put("/api/v1/zorgmeldingen", 4); // session, bind, a page of open concerns and its count
        concernBudgets.put("/zorgmeldingen/cijfers", 7); // session, a bind at most, the change counter, the four aggregates
        withinBudgets(handler, concernBudgets);
        List<String> again = statementsOf(handler, "/zorgmeldingen/cijfers");
        assertThat(again.size()).as("unchanged figures: only the change counter. " + describe("again", again))
                .isLessThanOrEqualTo(3);

        Browserless officer = new Browserless(port);
        assertThat(officer.login("fg@maasoever.demo", ContactFixtures.PASSWORD).statusCode()).isEqualTo(302);
        officer.get("/start");
        // session, bind, one stretch of the trail (no count: the trail grows with every audited read)
        withinBudgets(officer, Map.of("/beheer/audit", 3));
    }

    private KeyFigureId withContacts(ContactFixtures fixtures, SleutelnetUser coordinator, int count) {
        KeyFigureId id = fixtures.keyFigure(M, "Telling", KeyFigureStatus.ACTIVE, 30, null, coordinator.accountId());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        CurrentTenant.runAs(M, () -> {
            for (int i = 1; i <= count; i++) {
                contacts.insert(M, new ContactMoments.Row(UUID.randomUUID(), id.value(), today.minusDays(i), "PHONE",
                        List.of("YOUTH"), null, coordinator.accountId(), List.of(coordinator.accountId())));
            }
        });
        return id;
    }

    private static void withinBudgets(Browserless browser, Map<String, Integer> budgets) throws Exception {
        for (Map.Entry<String, Integer> budget : budgets.entrySet()) {
            List<String> statements = statementsOf(browser, budget.getKey());
            assertThat(statements.size()).as(describe(budget.getKey(), statements)).isLessThanOrEqualTo(budget.getValue());
        }
    }

    private static List<String> statementsOf(Browserless browser, String path) throws Exception {
        String key = StatementCounter.expect();
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(browser.uri(path))
                .header(StatementCounter.HEADER, key).GET());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return StatementCounter.statements(key);
    }

    private static String describe(String path, List<String> statements) {
        return path + " ran " + statements.size() + " statements:\n" + statements.stream()
                .map(s -> "  " + (s.length() > 160 ? s.substring(0, 160) + "…" : s)).collect(Collectors.joining("\n"));
    }
}
