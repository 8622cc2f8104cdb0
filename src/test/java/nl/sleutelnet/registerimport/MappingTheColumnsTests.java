package nl.sleutelnet.registerimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * The proposal of the mapping step and what it checks: a long text in a column the user does
 * not import is no reason to refuse the file, and a column "Naam" next to "Achternaam" is read
 * as the given name.
 */
@SleutelnetTest
class MappingTheColumnsTests {

    private static final String REMARK = "Kent iedereen in de Rivierwijk en helpt bij elk buurtfeest. ".repeat(30);

    @Autowired
    MockMvc mvc;

    @Autowired
    KeyFigureImport imports;

    ImportSteps steps;
    UUID id;

    @BeforeEach
    void start() {
        steps = new ImportSteps(mvc, DemoTenants.MAASOEVER);
    }

    @AfterEach
    void cancel() throws Exception {
        if (id != null) {
            steps.cancel(id);
        }
    }

    @Test
    void aLongRemarkInAColumnThatIsNotImportedDoesNotRefuseTheFile() throws Exception {
        assertThat(REMARK.length()).isGreaterThan(1_000);
        id = steps.uploaded("opmerkingen.csv", utf8("Voornaam;Achternaam;Opmerkingen\r\nPiet;Jansen;" + REMARK + "\r\n"));

        assertThat(suggested()).containsExactly(ImportField.GIVEN_NAME, ImportField.FAMILY_NAME, ImportField.IGNORE);
        String page = steps.get(ImportSteps.getPath(id)).getContentAsString();
        assertThat(page).contains("Kolom 3: Opmerkingen", "Kent iedereen in de Rivierwijk")
                .doesNotContain(REMARK.strip());
        steps.mapAsSuggested(id, suggested());
        ImportReport report = report();
        assertThat(report.rows()).isEqualTo(1);
        assertThat(report.valid()).isEqualTo(1);
    }

    @Test
    void aLongCellInAColumnTheUserMapsIsRefusedAtThatColumn() throws Exception {
        id = steps.uploaded("opmerkingen.csv", utf8("Voornaam;Achternaam;Opmerkingen\r\nPiet;Jansen;" + REMARK + "\r\n"));

        MockHttpServletResponse response = mvc.perform(post(ImportSteps.getPath(id) + "/koppeling").with(steps.who())
                .with(csrf()).param("kolom0", "GIVEN_NAME").param("kolom1", "FAMILY_NAME").param("kolom2", "ROLE_TYPES"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Controleer het formulier", "href=\"#kolom2\"",
                "Deze kolom heeft een cel die te lang is voor het register. Kies bij deze kolom &quot;Niet importeren&quot;");
        assertThat(batch().mapped()).isFalse();
    }

    @Test
    void aColumnNaamNextToAchternaamIsProposedAsTheGivenNameAndThePageSaysWhatToChange() throws Exception {
        id = steps.uploaded("naam.csv", utf8("Naam;Achternaam;E-mail\r\nSamira;van den Berg;samira@voorbeeld.nl\r\n"
                + "Johan;Bos;johan@voorbeeld.nl\r\n"));

        assertThat(suggested()).containsExactly(ImportField.GIVEN_NAME, ImportField.FAMILY_NAME, ImportField.EMAIL);
        String page = steps.get(ImportSteps.getPath(id)).getContentAsString();
        assertThat(page).contains("id=\"naam-als-voornaam\"", "de kolom &quot;Naam&quot; als voornaam te lezen",
                "Kies dan bij die kolom &quot;Naam (volledig)&quot;");
        steps.mapAsSuggested(id, suggested());
        ImportReport report = report();
        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isEqualTo(2);
    }

    @Test
    void aColumnNaamAloneIsStillTheFullNameWithoutANote() throws Exception {
        id = steps.uploaded("naam.csv", utf8("Naam;E-mail\r\nSamira van den Berg;samira@voorbeeld.nl\r\n"));

        assertThat(suggested()).containsExactly(ImportField.FULL_NAME, ImportField.EMAIL);
        assertThat(steps.get(ImportSteps.getPath(id)).getContentAsString()).doesNotContain("naam-als-voornaam");
    }

    private ImportBatch batch() {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> imports.batch(id, steps.user.accountId()));
    }

    private List<ImportField> suggested() {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> imports.mapping(batch()));
    }

    private ImportReport report() {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> imports.report(id, steps.user.accountId()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
