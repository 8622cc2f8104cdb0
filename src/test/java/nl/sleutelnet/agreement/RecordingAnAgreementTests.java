package nl.sleutelnet.agreement;

import static nl.sleutelnet.agreement.AgreementTestSupport.agreementForm;
import static nl.sleutelnet.agreement.AgreementTestSupport.agreementRows;
import static nl.sleutelnet.agreement.AgreementTestSupport.contactStaff;
import static nl.sleutelnet.agreement.AgreementTestSupport.newKeyFigure;
import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.HostileInput;
import nl.sleutelnet.RowCounts;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/** A coordinator records versions of a key figure's agreement, from the municipality's template. */
@SleutelnetTest
class RecordingAnAgreementTests {

    static final String PARTNER_CORE = "U bent partner van de gemeente en geen informant. De gemeente vraagt u nooit "
            + "om informatie over mensen te verzamelen.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    AccountService accounts;

    @Autowired
    AgreementService agreements;

    @Test
    void aNewVersionNeverChangesTheEarlierOne() throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Versiebeheer");
        List<UUID> staff = contactStaff(accounts, DemoTenants.LINGEDONK);
        LocalDate review = LocalDate.now().plusMonths(12);

        redirected(agreementForm(id, DemoTenants.LINGEDONK, staff.get(0), staff.get(1), "28", review, "Eerste tekst."));
        Agreement first = versions(id).get(0);
        String firstRow = row(first.id());
        redirected(agreementForm(id, DemoTenants.LINGEDONK, staff.get(1), staff.get(0), "56", review.plusDays(1),
                "Tweede tekst."));

        List<Agreement> versions = versions(id);
        assertThat(versions).extracting(Agreement::version).containsExactly(2, 1);
        assertThat(row(first.id())).as("version 1 as stored").isEqualTo(firstRow);
        assertThat(versions.get(1).texts().municipalityExpectations()).isEqualTo("Eerste tekst.");
        assertThat(versions.get(0).texts().municipalityExpectations()).isEqualTo("Tweede tekst.");
        assertThat(versions.get(0).status()).isEqualTo(AgreementStatus.WAITING_FOR_ACCEPTANCE);
        assertThat(versions.get(1).status()).isEqualTo(AgreementStatus.SUPERSEDED);
        // The database refuses to change a recorded version, whoever tries.
        assertThatThrownBy(() -> CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> jdbc
                .sql("update agreement set municipality_expectations = 'anders' where id = ?")
                .param(first.id().value()).update())).hasMessageContaining("cannot be changed");
    }

    @Test
    void savingTheAgreementCreatesAVersionWithTheClauseVerbatimAndArrangesContact() throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Ritme");
        CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> keyFigures.contactRecorded(id, LocalDate.now().minusDays(3)));
        List<UUID> staff = contactStaff(accounts, DemoTenants.LINGEDONK);

        redirected(agreementForm(id, DemoTenants.LINGEDONK, staff.get(0), staff.get(1), "42",
                LocalDate.now().plusMonths(6), "Wij bellen u elke zes weken."));

        KeyFigure keyFigure = CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> keyFigures.find(id));
        assertThat(keyFigure.contactCadenceDays()).isEqualTo(42);
        assertThat(keyFigure.contactPerson()).isEqualTo(staff.get(0));
        assertThat(keyFigure.backupContact()).isEqualTo(staff.get(1));
        assertThat(keyFigure.nextContactDue()).isEqualTo(LocalDate.now().minusDays(3).plusDays(42));
        Agreement agreement = versions(id).get(0);
        assertThat(agreement.texts().partnerClause()).contains(PARTNER_CORE);
        assertThat(agreement.roleTypes()).hasSize(2);
        assertThat(CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> jdbc.sql("""
                select count(*) from audit_event where action = 'CREATE' and record_type = 'agreement'
                and record_id = ?""").param(agreement.id().value()).query(Long.class).single())).isEqualTo(1);

        String page = mvc.perform(get("/sleutelfiguren/" + id.value() + "/afspraak")
                .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Huidige afspraak (versie 1)", "Wacht op akkoord", "elke 6 weken",
                "U bent partner, geen informant");
        // The limits on the form are the ones the service checks.
        assertThat(page).contains("name=\"verwachtingenGemeente\" rows=\"8\" maxlength=\"" + AgreementService.MAX_TEXT + "\"");
        String template = mvc.perform(get("/beheer/afspraaktekst").with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)))
                .andReturn().getResponse().getContentAsString();
        assertThat(template).contains("name=\"informatieDoel\" rows=\"7\" maxlength=\"" + AgreementService.MAX_TEXT + "\"",
                "name=\"partnerclausule\" rows=\"4\" maxlength=\"" + AgreementService.MAX_CLAUSE + "\"");
    }

    @Test
    void theContactPersonAndTheBackupMustDiffer() throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Dezelfde");
        UUID one = contactStaff(accounts, DemoTenants.LINGEDONK).get(0);

        String html = refused(agreementForm(id, DemoTenants.LINGEDONK, one, one, "28", LocalDate.now().plusYears(1),
                "Tekst."));

        assertThat(html).contains("De vervanger moet iemand anders zijn dan de vaste contactpersoon.");
        assertThat(versions(id)).isEmpty();
    }

    @Test
    void theReviewDateMustLieInTheFuture() throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Herziening");
        List<UUID> staff = contactStaff(accounts, DemoTenants.LINGEDONK);

        for (LocalDate day : List.of(LocalDate.now(), LocalDate.now().minusDays(1))) {
            String html = refused(agreementForm(id, DemoTenants.LINGEDONK, staff.get(0), staff.get(1), "28", day,
                    "Tekst."));
            assertThat(html).contains("De herzieningsdatum moet na vandaag liggen.");
        }
        assertThat(refused(agreementForm(id, DemoTenants.LINGEDONK, staff.get(0), staff.get(1), "6",
                LocalDate.now().plusDays(1), "Tekst."))).contains("vul een aantal dagen in van 7 tot en met 366");
        assertThat(refused(agreementForm(id, DemoTenants.LINGEDONK, staff.get(0), staff.get(1), "28", null, "Tekst.")))
                .contains("Vul een datum in");
        assertThat(versions(id)).isEmpty();
    }

    @Test
    void aTemplateWithoutThePartnerClauseIsRefusedAndEverySaveIsANewVersion() throws Exception {
        AgreementTexts current = CurrentTenant.callAs(DemoTenants.WAALBERGEN, () -> agreements.template("nl")).texts();
        int before = CurrentTenant.callAs(DemoTenants.WAALBERGEN, () -> agreements.template("nl")).version();

        String html = mvc.perform(template(current, "U bent een gewaardeerde partner.")).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("De vaste zin dat de sleutelfiguur partner is en geen informant moet in deze tekst "
                + "blijven staan.");
        assertThat(CurrentTenant.callAs(DemoTenants.WAALBERGEN, () -> agreements.template("nl")).version())
                .isEqualTo(before);

        mvc.perform(template(current, "Welkom! " + PARTNER_CORE.replace(" ", "\n  ") + " Fijn dat u meedoet."))
                .andReturn();
        mvc.perform(template(current, PARTNER_CORE + " Tweede versie.")).andReturn();

        AgreementTemplate saved = CurrentTenant.callAs(DemoTenants.WAALBERGEN, () -> agreements.template("nl"));
        assertThat(saved.version()).isEqualTo(before + 2);
        assertThat(saved.texts().partnerClause()).isEqualTo(PARTNER_CORE + " Tweede versie.");
        assertThat(CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> agreements.template("nl")).texts().partnerClause())
                .as("another municipality's template").doesNotContain("Tweede versie.");
    }

    @Test
    void anotherMunicipalitysKeyFigureIsNotFoundAndGetsNoAgreement() throws Exception {
        KeyFigureId foreign = newKeyFigure(keyFigures, DemoTenants.WAALBERGEN, "Elders");
        List<UUID> staff = contactStaff(accounts, DemoTenants.LINGEDONK);
        long rows = agreementRows(jdbc, DemoTenants.WAALBERGEN);

        MockHttpServletResponse response = mvc.perform(agreementForm(foreign, DemoTenants.LINGEDONK, staff.get(0),
                staff.get(1), "28", LocalDate.now().plusYears(1), "Tekst.")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(agreementRows(jdbc, DemoTenants.WAALBERGEN)).isEqualTo(rows);
        assertThat(mvc.perform(get("/sleutelfiguren/" + foreign.value() + "/afspraak.pdf")
                .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @TestFactory
    Stream<DynamicTest> hostileTextInTheFormIsShownEscapedAndWritesNothing() {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Vijandig");
        UUID one = contactStaff(accounts, DemoTenants.LINGEDONK).get(0);
        HostileInput input = HostileInput.forTest("agreement form");
        Map<String, String> before = RowCounts.of(jdbc);
        long rows = agreementRows(jdbc, DemoTenants.LINGEDONK);
        return Stream.concat(input.tests(input.samples(15), text -> {
            try {
                // Contact person and backup are the same, so the form is always refused.
                MockHttpServletResponse response = mvc.perform(agreementForm(id, DemoTenants.LINGEDONK, one, one,
                        text, LocalDate.now().plusYears(1), text)).andReturn().getResponse();
                assertThat(response.getStatus()).isEqualTo(400);
                String html = response.getContentAsString();
                assertThat(html).doesNotContain("<script>alert", "<img src=x", "<svg onload");
                assertThat(html).contains("De vervanger moet iemand anders zijn");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }), Stream.of(dynamicTest("wrote nothing", () -> {
            assertThat(RowCounts.of(jdbc)).isEqualTo(before);
            assertThat(agreementRows(jdbc, DemoTenants.LINGEDONK)).isEqualTo(rows);
        })));
    }

    private org.springframework.test.web.servlet.RequestBuilder template(AgreementTexts t, String clause) {
        return post("/beheer/afspraaktekst").with(csrf()).with(as(Role.COORDINATOR, DemoTenants.WAALBERGEN))
                .param("taal", "nl").param("verwachtingenGemeente", t.municipalityExpectations())
                .param("verwachtingenSleutelfiguur", t.keyFigureExpectations())
                .param("informatieDoel", t.informationPurpose()).param("informatieWieZiet", t.informationAccess())
                .param("informatieBewaren", t.informationRetention()).param("informatieRechten", t.informationRights())
                .param("partnerclausule", clause);
    }

    private void redirected(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    }

    private String refused(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        return response.getContentAsString();
    }

    private List<Agreement> versions(KeyFigureId id) {
        return CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> agreements.versions(id));
    }

    private String row(AgreementId id) {
        return CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> jdbc.sql("select t::text from agreement t where id = ?")
                .param(id.value()).query(String.class).single());
    }
}
