package nl.sleutelnet.network.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * The commit reuses the rows as the report read them, but never the report's view of the
 * register: what changed in between (a key figure registered, a network kind switched on) is
 * what the commit acts on.
 */
@SleutelnetTest
class CommittingAfterTheReportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureImport imports;

    @Autowired
    KeyFigureService keyFigures;

    ImportSteps steps;
    Set<UUID> before;

    @BeforeEach
    void start() {
        steps = new ImportSteps(mvc, DemoTenants.MAASOEVER);
        before = ImportSteps.keyFigureIds(jdbc, DemoTenants.MAASOEVER);
    }

    @AfterEach
    void removeWhatWasImported() {
        ImportSteps.removeAddedKeyFigures(jdbc, DemoTenants.MAASOEVER, before);
    }

    @Test
    void aKeyFigureRegisteredAfterTheReportIsADuplicateAtTheCommit() throws Exception {
        UUID id = reported("""
                Naam;E-mail
                Noor Later-Geregistreerd;noor.later@voorbeeld.nl
                Piet Nieuw-Geimporteerd;piet.nieuw@voorbeeld.nl
                """, List.of(ImportField.FULL_NAME, ImportField.EMAIL));
        assertThat(report(id).toCreate()).isEqualTo(2);
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> keyFigures.register(new KeyFigureDraft("Noor", null,
                "Later-Geregistreerd", "noor.later@voorbeeld.nl", null, null, null, null, false, List.of(), List.of(),
                null)));

        assertThat(steps.commit(id, Set.of(), false).getStatus()).isEqualTo(302);

        assertThat(count("select count(*) from key_figure where email = 'noor.later@voorbeeld.nl'"))
                .as("not registered twice").isEqualTo(1);
        assertThat(count("select count(*) from key_figure where email = 'piet.nieuw@voorbeeld.nl'")).isEqualTo(1);
        assertThat(count("select created_count * 10 + skipped_duplicate_count from import_batch where id = '" + id + "'"))
                .as("one created, one skipped as a duplicate of the register").isEqualTo(11);
    }

    @Test
    void aNetworkKindSwitchedOnAfterTheReportIsReadAtTheCommit() throws Exception {
        String kind = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql(
                "select code from network_kind where active and not sensitive order by code limit 1")
                .query(String.class).single());
        active(kind, false);
        try {
            UUID id = reported("Naam;Netwerk\nKim Kind-Aangezet;" + kind + "\n",
                    List.of(ImportField.FULL_NAME, ImportField.NETWORK_KINDS));
            assertThat(report(id).invalid()).as("an inactive kind is refused").isEqualTo(1);
            active(kind, true);

            assertThat(steps.commit(id, Set.of(), false).getStatus()).as("no invalid rows left to confirm").isEqualTo(302);

            assertThat(count("select count(*) from key_figure k join key_figure_network_kind n on n.key_figure_id = k.id"
                    + " where k.family_name = 'Kind-Aangezet' and n.kind_code = '" + kind + "'")).isEqualTo(1);
        } finally {
            active(kind, true);
        }
    }

    /** Uploaded, mapped and its report page shown, as a coordinator gets to the commit button. */
    private UUID reported(String csv, List<ImportField> mapping) throws Exception {
        UUID id = steps.uploaded("later.csv", csv.getBytes(StandardCharsets.UTF_8));
        steps.mapAsSuggested(id, mapping);
        assertThat(steps.get(ImportSteps.getPath(id) + "/rapport").getStatus()).isEqualTo(200);
        return id;
    }

    private ImportReport report(UUID id) {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> imports.report(id, steps.user.accountId()));
    }

    private long count(String sql) {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql(sql).query(Long.class).single());
    }

    private void active(String kind, boolean active) {
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> jdbc.sql("update network_kind set active = ? where code = ?")
                .params(active, kind).update());
    }
}
