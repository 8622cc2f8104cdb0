package nl.sleutelnet.agreement;

import static nl.sleutelnet.agreement.AgreementTestSupport.contactStaff;
import static nl.sleutelnet.agreement.AgreementTestSupport.nameOf;
import static nl.sleutelnet.agreement.AgreementTestSupport.newKeyFigure;
import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/** Reviews that are due and versions waiting too long for acceptance show up on the coordinator's work list. */
@SleutelnetTest
class AgreementWorkListTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    AccountService accounts;

    @Autowired
    AgreementService agreements;

    @Test
    void dueReviewsAndLongWaitsAreListedWithLinksToFilteredLists() throws Exception {
        KeyFigureId review = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Herzien");
        KeyFigureId waiting = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Wachtend");
        KeyFigureId fresh = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Vers");
        long reviewsBefore = count("/afspraken?filter=herziening");
        long waitingBefore = count("/afspraken?filter=wacht");

        insert(review, LocalDate.now().plusDays(20), Instant.now().minus(Duration.ofDays(2)));
        insert(waiting, LocalDate.now().plusMonths(12), Instant.now().minus(Duration.ofDays(15)));
        insert(fresh, LocalDate.now().plusDays(31), Instant.now().minus(Duration.ofDays(13)));

        String start = mvc.perform(get("/start").with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn()
                .getResponse().getContentAsString();
        assertThat(start).contains("href=\"/afspraken?filter=herziening\"", "href=\"/afspraken?filter=wacht\"");
        assertThat(count("/afspraken?filter=herziening")).isEqualTo(reviewsBefore + 1);
        assertThat(count("/afspraken?filter=wacht")).isEqualTo(waitingBefore + 1);
        // The start page counts and says "1 afspraak" or "2 afspraken" accordingly.
        assertThat(start).contains(line(reviewsBefore + 1, reviewsBefore + 1 == 1
                ? "afspraak om te herzien (binnen 30 dagen of verstreken)"
                : "afspraken om te herzien (binnen 30 dagen of verstreken)"));
        assertThat(start).contains(line(waitingBefore + 1, waitingBefore + 1 == 1
                ? "afspraak die al meer dan 14 dagen wacht op akkoord"
                : "afspraken die al meer dan 14 dagen wachten op akkoord"));

        String reviews = list("herziening");
        assertThat(reviews).contains(nameOf(keyFigures, DemoTenants.LINGEDONK, review))
                .doesNotContain(nameOf(keyFigures, DemoTenants.LINGEDONK, fresh));
        String waits = list("wacht");
        assertThat(waits).contains(nameOf(keyFigures, DemoTenants.LINGEDONK, waiting))
                .doesNotContain(nameOf(keyFigures, DemoTenants.LINGEDONK, fresh));
        assertThat(list("' OR 1=1 --")).as("an unknown filter shows the review list").contains("Afspraken om te herzien");
    }

    @Test
    void otherRolesAndOtherMunicipalitiesSeeNoAgreementLines() throws Exception {
        for (Role role : EnumSet.of(Role.CONCERN_HANDLER, Role.PRIVACY_OFFICER, Role.PARTNER)) {
            assertThat(mvc.perform(get("/start").with(as(role, DemoTenants.LINGEDONK))).andReturn().getResponse()
                    .getContentAsString()).as(role.name()).doesNotContain("/afspraken?filter=");
        }
        KeyFigureId maasoever = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Alleenhier");
        insert(maasoever, LocalDate.now().plusDays(5), Instant.now());
        assertThat(mvc.perform(get("/afspraken").param("filter", "herziening")
                .with(as(Role.COORDINATOR, DemoTenants.WAALBERGEN))).andReturn().getResponse().getContentAsString())
                .doesNotContain(nameOf(keyFigures, DemoTenants.LINGEDONK, maasoever));
    }

    private void insert(KeyFigureId id, LocalDate review, Instant at) {
        List<UUID> staff = contactStaff(accounts, DemoTenants.LINGEDONK);
        CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> agreements.insert(id, new AgreementDraft("nl",
                EnumSet.of(RoleType.DOER), "Verwachtingen.", "Verwachtingen.", 28, staff.get(0), staff.get(1), review),
                staff.get(0), at));
    }

    private String list(String filter) throws Exception {
        return mvc.perform(get("/afspraken").param("filter", filter).param("pagina", "1")
                .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn().getResponse().getContentAsString();
    }

    /** A line of the start page's work list: the count, then its label. */
    private static String line(long count, String label) {
        return "<strong>" + count + "</strong>\n          <span>" + label + "</span>";
    }

    private long count(String path) throws Exception {
        String html = mvc.perform(get(path).with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn()
                .getResponse().getContentAsString();
        var matcher = java.util.regex.Pattern.compile("Afspraken \\((\\d+)\\)").matcher(html);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
