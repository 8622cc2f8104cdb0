package nl.sleutelnet.registerimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/** A name with a bidirectional override or a zero-width character is refused in the import report, as in the form (ADR 0016). */
@SleutelnetTest
class ImportingSpoofedNamesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    KeyFigureImport imports;

    @Test
    void rows_whose_names_spoof_are_reported_as_invalid_characters_and_the_others_stay_valid() throws Exception {
        ImportSteps steps = new ImportSteps(mvc, DemoTenants.MAASOEVER);
        String csv = "Voornaam;Achternaam\nSam\u202eira;Spoofrij-Een\nNoor;Spoof\u200brij-Twee\nKim;Spoofrij-Drie\n"
                + "\u2066Lot;Spoofrij-Vier\n";
        UUID id = steps.uploaded("spoof.csv", csv.getBytes(StandardCharsets.UTF_8));
        steps.mapAsSuggested(id, CurrentTenant.callAs(DemoTenants.MAASOEVER,
                () -> imports.mapping(imports.batch(id, steps.user.accountId()))));

        ImportReport report = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> imports.report(id, steps.user.accountId()));

        assertThat(report.valid()).isEqualTo(1);
        assertThat(report.problems()).extracting(RowProblem::row, RowProblem::field, RowProblem::messageKey)
                .containsExactly(tuple(2, ImportField.GIVEN_NAME, "import.problem.keyFigure.name.invalidCharacters"),
                        tuple(3, ImportField.FAMILY_NAME, "import.problem.keyFigure.name.invalidCharacters"),
                        tuple(5, ImportField.GIVEN_NAME, "import.problem.keyFigure.name.invalidCharacters"));
    }
}
