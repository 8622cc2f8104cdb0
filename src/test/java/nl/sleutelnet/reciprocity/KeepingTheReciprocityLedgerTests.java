package nl.sleutelnet.reciprocity;

import static nl.sleutelnet.agreement.AgreementTestSupport.nameOf;
import static nl.sleutelnet.agreement.AgreementTestSupport.newKeyFigure;
import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.sleutelnet.HostileInput;
import nl.sleutelnet.RowCounts;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.PortalUsers;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/** The coordinator keeps the ledger per key figure; the key figure follows it and files requests in the portal. */
@SleutelnetTest
class KeepingTheReciprocityLedgerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    ReciprocityService reciprocity;

    @Test
    void anItemMovesOnlyAlongTheAllowedTransitions() throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Overgang");
        assertThat(record(id, "MUNICIPALITY_OFFERED", "TRAINING", "Training weerbaarheid", "").getStatus())
                .isEqualTo(302);
        ReciprocityItem item = items(id).get(0);
        assertThat(item.status()).isEqualTo(ItemStatus.OFFERED);

        assertThat(update(item, "REQUESTED", "").getStatus()).as("an offer does not become a request").isEqualTo(400);
        assertThat(update(item, "IN_PROGRESS", "").getStatus()).isEqualTo(302);
        item = items(id).get(0);
        assertThat(update(item, "OFFERED", "").getContentAsString()).contains("Naar deze status kan de regel niet meer");
        assertThat(update(item, "DONE", "De training is op 12 maart.").getStatus()).isEqualTo(302);
        item = items(id).get(0);
        assertThat(item.status()).isEqualTo(ItemStatus.DONE);
        assertThat(item.closedOn()).isNotNull();
        assertThat(item.outcome()).isEqualTo("De training is op 12 maart.");
        for (String back : List.of("IN_PROGRESS", "DECLINED", "OFFERED", "REQUESTED", "GEEN")) {
            assertThat(update(item, back, "").getStatus()).as(back).isEqualTo(400);
        }
        ReciprocityItem done = items(id).get(0);
        assertThat(done.status()).isEqualTo(ItemStatus.DONE);
        assertThat(CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> jdbc
                .sql("select outcome from reciprocity_item where id = ?").param(done.id().value())
                .query(String.class).single())).as("stored encrypted").startsWith("v1:").doesNotContain("maart");
    }

    @Test
    void transitionsFollowTheTable() {
        assertThat(ItemStatus.REQUESTED.next()).containsExactlyInAnyOrder(ItemStatus.IN_PROGRESS, ItemStatus.DONE,
                ItemStatus.DECLINED);
        assertThat(ItemStatus.OFFERED.next()).containsExactlyInAnyOrder(ItemStatus.IN_PROGRESS, ItemStatus.DONE,
                ItemStatus.DECLINED);
        assertThat(ItemStatus.IN_PROGRESS.next()).containsExactlyInAnyOrder(ItemStatus.DONE, ItemStatus.DECLINED);
        assertThat(ItemStatus.DONE.next()).isEmpty();
        assertThat(ItemStatus.DECLINED.next()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "0,00", "-5", "10000.01", "10001", "1e3", "12,345", "abc", "1.000,00", "250 euro",
            "99999" })
    void refusesAnAmountThatIsNotBetweenZeroAndTenThousandWithTwoDecimals(String amount) throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Bedrag");
        MockHttpServletResponse response = mvc.perform(form(id, "KEY_FIGURE_ASKED", "SMALL_GRANT", "Bijdrage")
                .param("bedrag", amount)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).containsAnyOf("Het bedrag moet meer dan 0 zijn",
                "Vul het bedrag in als een getal");
        assertThat(items(id)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "250, 250.00", "'250,5', 250.50", "10000, 10000.00", "0.01, 0.01", "'€ 12,50', 12.50" })
    void acceptsAGrantAmountInEuros(String amount, String stored) throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Bijdrage");
        assertThat(mvc.perform(form(id, "KEY_FIGURE_ASKED", "SMALL_GRANT", "Bijdrage").param("bedrag", amount))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(items(id).get(0).amount().toPlainString()).isEqualTo(stored);
    }

    @Test
    void onlyAGrantHasAnAmount() throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Geenbedrag");
        MockHttpServletResponse response = mvc.perform(form(id, "MUNICIPALITY_OFFERED", "TRAINING", "Training")
                .param("bedrag", "100")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Een bedrag hoort alleen bij een kleine bijdrage.");
    }

    @Test
    void aRequestFiledInThePortalReachesTheCoordinatorsLedgerAndWorkList() throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Portaalvraag");
        KeyFigureId other = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Anderevraag");
        record(other, "KEY_FIGURE_ASKED", "INFORMATION", "Vraag van een ander", "");
        RequestPostProcessor me = PortalUsers.keyFigure(DemoTenants.LINGEDONK, id.value());
        long before = newRequestCount();

        MockHttpServletResponse filed = mvc.perform(post("/portaal/wederkerigheid").with(me).with(csrf())
                .param("soort", "ACTIVITY_SUPPORT").param("titel", "Zaal voor een buurtavond")
                .param("toelichting", "Voor ongeveer 40 buren.")
                .param("sleutelfiguur", other.value().toString())).andReturn().getResponse();

        assertThat(filed.getStatus()).isEqualTo(302);
        assertThat(items(other)).hasSize(1);
        ReciprocityItem item = items(id).get(0);
        assertThat(item.direction()).isEqualTo(Direction.KEY_FIGURE_ASKED);
        assertThat(item.status()).isEqualTo(ItemStatus.REQUESTED);
        assertThat(item.fromPortal()).isTrue();
        assertThat(newRequestCount()).isEqualTo(before + 1);
        String start = mvc.perform(get("/start").with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn()
                .getResponse().getContentAsString();
        assertThat(start).contains("href=\"/wederkerigheid\"", "<strong>" + (before + 1) + "</strong>\n          <span>"
                + (before + 1 == 1 ? "nieuw verzoek van een sleutelfiguur" : "nieuwe verzoeken van sleutelfiguren"));
        assertThat(mvc.perform(get("/wederkerigheid").with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn()
                .getResponse().getContentAsString()).contains("Zaal voor een buurtavond",
                        nameOf(keyFigures, DemoTenants.LINGEDONK, id));
        assertThat(mvc.perform(get("/sleutelfiguren/" + id.value() + "/wederkerigheid")
                .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn().getResponse().getContentAsString())
                .contains("Zaal voor een buurtavond", "Voor ongeveer 40 buren.", "Gevraagd");

        String portal = mvc.perform(get("/portaal/wederkerigheid").with(me)).andReturn().getResponse()
                .getContentAsString();
        assertThat(portal).contains("Zaal voor een buurtavond").doesNotContain("Vraag van een ander");
        update(item, "IN_PROGRESS", "");
        assertThat(newRequestCount()).as("taken up").isEqualTo(before);
    }

    @Test
    void anotherMunicipalitysItemOrKeyFigureIsNotFound() throws Exception {
        KeyFigureId foreign = newKeyFigure(keyFigures, DemoTenants.WAALBERGEN, "Wbuiten");
        java.util.UUID foreignItem = CurrentTenant.callAs(DemoTenants.WAALBERGEN,
                () -> jdbc.sql("select id from reciprocity_item limit 1").query(java.util.UUID.class).single());
        RequestPostProcessor coordinator = as(Role.COORDINATOR, DemoTenants.LINGEDONK);
        assertThat(mvc.perform(form(foreign, "KEY_FIGURE_ASKED", "TRAINING", "Training")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/wederkerigheid/" + foreignItem).with(coordinator)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/wederkerigheid/" + foreignItem).with(coordinator).with(csrf())
                .param("versie", "0").param("titel", "x").param("status", "DONE")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(CurrentTenant.callAs(DemoTenants.WAALBERGEN, () -> jdbc
                .sql("select status from reciprocity_item where id = ?").param(foreignItem).query(String.class)
                .single())).isNotEqualTo("DONE");
    }

    @TestFactory
    Stream<DynamicTest> hostileInputIsRefusedOrShownEscapedAndAnInvalidFormWritesNothing() {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Vijand");
        RequestPostProcessor me = PortalUsers.keyFigure(DemoTenants.LINGEDONK, id.value());
        HostileInput input = HostileInput.forTest("reciprocity forms");
        Map<String, String> before = RowCounts.of(jdbc);
        long rows = itemRows();
        return Stream.concat(input.tests(input.samples(15), text -> {
            try {
                // No kind chosen: both forms are always refused.
                MockHttpServletResponse staff = mvc.perform(form(id, text, "", text).param("toelichting", text)
                        .param("bedrag", text).param("datum", text)).andReturn().getResponse();
                MockHttpServletResponse portal = mvc.perform(post("/portaal/wederkerigheid").with(me).with(csrf())
                        .param("soort", text).param("titel", text).param("toelichting", text)).andReturn()
                        .getResponse();
                for (MockHttpServletResponse response : List.of(staff, portal)) {
                    assertThat(response.getStatus()).isEqualTo(400);
                    assertThat(response.getContentAsString()).contains("Kies een soort uit de lijst.")
                            .doesNotContain("<script>alert", "<img src=x", "<svg onload");
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }), Stream.of(dynamicTest("wrote nothing", () -> {
            assertThat(RowCounts.of(jdbc)).isEqualTo(before);
            assertThat(itemRows()).isEqualTo(rows);
        })));
    }

    private MockHttpServletResponse record(KeyFigureId id, String direction, String kind, String title,
            String amount) throws Exception {
        return mvc.perform(form(id, direction, kind, title).param("bedrag", amount)).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder form(KeyFigureId id, String direction, String kind, String title) {
        return post("/sleutelfiguren/" + id.value() + "/wederkerigheid").with(csrf())
                .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)).param("richting", direction).param("soort", kind)
                .param("titel", title);
    }

    private MockHttpServletResponse update(ReciprocityItem item, String status, String outcome) throws Exception {
        ReciprocityItem current = CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> reciprocity.get(item.id()));
        return mvc.perform(post("/wederkerigheid/" + item.id().value()).with(csrf())
                .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)).param("versie", "" + current.version())
                .param("titel", current.title()).param("status", status).param("uitkomst", outcome)).andReturn()
                .getResponse();
    }

    private List<ReciprocityItem> items(KeyFigureId id) {
        return CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> reciprocity.itemsOf(id));
    }

    private long newRequestCount() {
        return CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> reciprocity.countNewRequests());
    }

    private long itemRows() {
        return CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> jdbc.sql("select count(*) from reciprocity_item")
                .query(Long.class).single());
    }
}
