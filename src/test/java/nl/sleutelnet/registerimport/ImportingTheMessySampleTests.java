package nl.sleutelnet.registerimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.sleutelnet.RowCounts;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.registerimport.ImportReport.MatchedOn;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * The messy sample (a BOM, Windows line endings, stray spaces, tussenvoegsels written three
 * ways, phone numbers in every shape, broken e-mail addresses, empty rows, a formula, quoted
 * cells with separators and line breaks, and the demo key figure Samira van den Berg again)
 * gives exactly the expected report, and its commit writes all of it or nothing.
 */
@SleutelnetTest
class ImportingTheMessySampleTests {

    static final UUID DEMO_SAMIRA = UUID.fromString("00000000-0000-4000-8000-000000000101");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureImport imports;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    EmbeddedPostgres postgres;

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
    void theColumnsAreSuggestedFromTheirDutchHeadings() throws Exception {
        UUID id = steps.uploaded("sleutelfiguren-rommelig.csv", ImportSteps.sample());

        assertThat(suggested(id)).containsExactly(ImportField.GIVEN_NAME, ImportField.NAME_PREFIX,
                ImportField.FAMILY_NAME, ImportField.EMAIL, ImportField.PHONE, ImportField.AREAS,
                ImportField.NETWORK_KINDS, ImportField.ROLE_TYPES, ImportField.LANGUAGE, ImportField.CHANNEL,
                ImportField.NEW_TO_MUNICIPALITY, ImportField.STATUS, ImportField.IGNORE);
        String page = steps.get(ImportSteps.getPath(id)).getContentAsString();
        assertThat(page).contains("31 rijen ingelezen.", "Kolom 4: E-mail", "Yildirim-Bakker",
                "Öztürk-Veldman");
    }

    @Test
    void theMessySampleGivesTheExpectedReport() throws Exception {
        UUID id = mapped(ImportSteps.sample(), "sleutelfiguren-rommelig.csv");

        ImportReport report = report(id);

        assertThat(report.rows()).isEqualTo(31);
        assertThat(report.valid()).isEqualTo(18);
        assertThat(report.invalid()).isEqualTo(13);
        assertThat(report.fileDuplicates()).extracting(d -> d.row(), d -> d.sameAsRow(), d -> d.matchedOn())
                .containsExactly(tuple(10, 9, MatchedOn.NAME), tuple(20, 2, MatchedOn.EMAIL),
                        tuple(32, 31, MatchedOn.PHONE));
        assertThat(report.registerDuplicates()).singleElement().satisfies(d -> {
            assertThat(d.row()).isEqualTo(4);
            assertThat(d.existingId()).isEqualTo(DEMO_SAMIRA);
            assertThat(d.existingName()).isEqualTo("Samira van den Berg");
            assertThat(d.matchedOn()).isEqualTo(MatchedOn.NAME);
            assertThat(d.changes()).as("the demo record is complete: a merge changes nothing").isEmpty();
        });
        assertThat(report.toCreate()).isEqualTo(14);
        assertThat(report.problems()).extracting(RowProblem::row, RowProblem::field, RowProblem::messageKey)
                .containsExactly(
                        tuple(3, ImportField.EMAIL, "import.problem.keyFigure.email.invalid"),
                        tuple(7, ImportField.AREAS, "import.problem.area.unknown"),
                        tuple(8, ImportField.GIVEN_NAME, "import.problem.keyFigure.name.invalidCharacters"),
                        tuple(11, ImportField.EMAIL, "import.problem.keyFigure.email.invalid"),
                        tuple(11, ImportField.PHONE, "import.problem.keyFigure.phone.invalid"),
                        tuple(14, ImportField.NETWORK_KINDS, "import.problem.networkKind.sensitive"),
                        tuple(15, ImportField.STATUS, "import.problem.status.ended"),
                        tuple(16, ImportField.GIVEN_NAME, "import.problem.keyFigure.givenName.required"),
                        tuple(19, ImportField.ROLE_TYPES, "import.problem.role.unknown"),
                        tuple(21, ImportField.NEW_TO_MUNICIPALITY, "import.problem.new.invalid"),
                        tuple(25, ImportField.LANGUAGE, "import.problem.keyFigure.language.invalid"),
                        tuple(27, ImportField.CHANNEL, "import.problem.channel.unknown"),
                        tuple(33, ImportField.PHONE, "import.problem.keyFigure.phone.invalid"),
                        tuple(34, ImportField.AREAS, "import.problem.area.unknown"));
        assertThat(report.problems()).filteredOn(p -> p.row() == 7).extracting(RowProblem::value)
                .containsExactly("Zeeheldenkwartier");
    }

    @Test
    void theReportPageSaysWhatIsWrongInPlainDutch() throws Exception {
        UUID id = mapped(ImportSteps.sample(), "sleutelfiguren-rommelig.csv");

        MockHttpServletResponse response = steps.get(ImportSteps.getPath(id) + "/rapport");

        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).contains("<dd id=\"aantal-goed\">18</dd>", "<dd id=\"aantal-fout\">13</dd>",
                "<dd id=\"aantal-dubbel-bestand\">3</dd>", "<dd id=\"aantal-dubbel-register\">1</dd>",
                "<dd id=\"aantal-nieuw\">14</dd>");
        assertThat(html).contains("Dit is geen geldig e-mailadres.", "johan@@voorbeeld",
                "Deze wijk of buurt is onbekend in deze gemeente.", "Zeeheldenkwartier",
                "Beëindigde sleutelfiguren worden niet geïmporteerd.",
                "Dit netwerk zegt iets over een levensovertuiging en wordt niet geïmporteerd.",
                "Zelfde persoon als rij 9 (zelfde naam)", "Zelfde persoon als rij 2 (zelfde e-mailadres)",
                "Rij 4: Samira v.d. Berg lijkt op Samira van den Berg (zelfde naam)",
                "Samenvoegen verandert niets", "Ik begrijp dat 13 rijen met fouten niet worden geïmporteerd.");
        assertThat(html).as("the formula is shown as text").contains("=HYPERLINK(&quot;http://evil.example/&quot;");
    }

    @Test
    void theSameSheetAsWindows1252OrAsXlsxGivesTheSameReport() throws Exception {
        ImportReport csv = report(mapped(ImportSteps.sample(), "sleutelfiguren-rommelig.csv"));
        String text = new String(ImportSteps.sample(), StandardCharsets.UTF_8).substring(1);
        byte[] windows = text.getBytes(SpreadsheetReader.WINDOWS_1252);

        ImportReport ansi = report(mapped(windows, "export-uit-oude-excel.csv"));
        ImportReport xlsx = report(mapped(xlsx(ImportSteps.sample()), "sleutelfiguren-rommelig.xlsx"));

        assertThat(ansi).usingRecursiveComparison().ignoringFields("registerDuplicates").isEqualTo(csv);
        assertThat(xlsx).usingRecursiveComparison().ignoringFields("registerDuplicates").isEqualTo(csv);
        assertThat(xlsx.registerDuplicates()).hasSize(1);
        assertThat(ansi.problems()).filteredOn(p -> p.row() == 15).extracting(RowProblem::value).containsExactly("Beëindigd");
    }

    @Test
    void theRulesOfTheImportAreThoseOfTheRegister() {
        List<Candidate> candidates = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> {
            UploadedTable table = new SpreadsheetReader(ImportProperties.defaults()).read(ImportSteps.sample(), "x.csv", null);
            List<ImportField> mapping = new ArrayList<>();
            table.headers().forEach(h -> mapping.add(ImportField.suggest(h).orElse(ImportField.IGNORE)));
            RowInterpreter interpreter = new RowInterpreter(mapping, keyFigures.areas(), keyFigures.networkKinds());
            return table.rows().stream().map(interpreter::read).toList();
        });
        DraftRules rules = CurrentTenant.callAs(DemoTenants.MAASOEVER,
                () -> new DraftRules(keyFigures.areaNames().keySet(), keyFigures.networkKinds()));
        List<KeyFigureDraft> drafts = new ArrayList<>(candidates.stream().map(Candidate::draft).toList());
        drafts.add(new KeyFigureDraft("x".repeat(101), "y".repeat(31), "", "a@b", "12", "xyz", null, null, false,
                List.of("WK000000"), List.of("FAITH_BASED"), null));
        drafts.add(new KeyFigureDraft("Ann", null, "Smit", null, null, null, null, null, false, List.of(),
                List.of("NO_SUCH_KIND"), null));

        for (KeyFigureDraft draft : drafts) {
            assertThat(rules.check(draft)).as(draft.toString())
                    .isEqualTo(CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> keyFigures.validate(draft)));
        }
    }

    @Test
    void committingWritesTheValidRowsWithOneAuditEntryAndKeepsOnlyTheCounts() throws Exception {
        UUID id = mapped(ImportSteps.sample(), "sleutelfiguren-rommelig.csv");
        long auditBefore = auditRows();

        MockHttpServletResponse response = steps.commit(id, Set.of(4), true);

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo(ImportSteps.getPath(id));
        assertThat(steps.get(ImportSteps.getPath(id)).getContentAsString())
                .contains("<dd id=\"aantal-nieuw\">14</dd>", "<dd id=\"aantal-samengevoegd\">1</dd>",
                        "<dd id=\"aantal-fout\">13</dd>", "<dd id=\"aantal-overgeslagen\">3</dd>");
        Map<String, Object> aylin = row("select status, active_since is not null as active_since, email, phone, "
                + "(select string_agg(area_code, ',') from key_figure_area a where a.key_figure_id = k.id) as areas "
                + "from key_figure k where family_name = 'Yildirim-Bakker'");
        assertThat(aylin).containsEntry("status", "ACTIVE").containsEntry("active_since", true)
                .containsEntry("email", "aylin.yildirim@voorbeeld.nl").containsEntry("phone", "+31612345678")
                .containsEntry("areas", "WK990101");
        assertThat(row("select given_name, name_prefix, email, phone, status, role_types::text as roles "
                + "from key_figure where family_name = 'Öztürk-Veldman'"))
                .containsEntry("given_name", "Mehmet").containsEntry("name_prefix", null)
                .containsEntry("email", "mehmet.ozturk@voorbeeld.nl").containsEntry("phone", "+31612345680")
                .containsEntry("status", "CANDIDATE").containsEntry("roles", "{REPRESENTATIVE}");
        assertThat(row("select name_prefix, family_name, preferred_language, preferred_channel from key_figure "
                + "where given_name = 'Lieke'")).containsEntry("preferred_language", "en")
                .containsEntry("preferred_channel", "MESSAGING");
        assertThat(row("select name_prefix, family_name from key_figure where given_name = 'Fenna'")).isEmpty();
        assertThat(CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql(
                "select count(*) from key_figure where family_name in ('Berg-Aksoy', 'Dam-Ten Hove', 'Dam-ten Hove')")
                .query(Long.class).single())).as("one per person duplicated within the file").isEqualTo(2);
        assertThat(jdbc.sql("select action || ':' || record_type || ':' || record_id from audit_event where seq > ?")
                .param(auditBefore).query(String.class).list()).as("one audit entry, no entry per key figure")
                .containsExactly("IMPORT:import:" + id);
        Map<String, Object> batch = row("select status, headers::text as headers, mapping, created_count, "
                + "(select count(*) from import_row r where r.batch_id = b.id) as staged from import_batch b where id = '" + id + "'");
        assertThat(batch).containsEntry("status", "COMMITTED").containsEntry("headers", "[]")
                .containsEntry("mapping", null).containsEntry("created_count", 14).containsEntry("staged", 0L);
        assertThat(steps.commit(id, Set.of(), true).getStatus()).as("a second commit finds nothing staged").isEqualTo(404);
    }

    @Test
    void mergingFillsOnlyEmptyFieldsAndSkippingChangesNothing() throws Exception {
        UUID existing = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> keyFigures.register(new KeyFigureDraft(
                "Gerrit", null, "Zandbergen-Plas", "gerrit@bestaand.nl", null, null, null, null, false, List.of(),
                List.of(), null)).value());
        String csv = """
                Naam;E-mail;Mobiel;Wijk;Rol
                Gerrit Zandbergen-Plas;gerrit@nieuw.nl;06 98765432;Centrum, Oosterhof;Doener
                Gerrit van Zandbergen-Plas;;;;
                """;
        UUID skip = mapped(csv.getBytes(StandardCharsets.UTF_8), "skip.csv");
        ImportReport report = report(skip);
        assertThat(report.registerDuplicates()).singleElement().satisfies(d -> {
            assertThat(d.existingId()).isEqualTo(existing);
            assertThat(d.changes()).extracting(c -> c.field(), c -> c.value()).containsExactly(
                    tuple(ImportField.PHONE, "+31698765432"), tuple(ImportField.ROLE_TYPES, "DOER"),
                    tuple(ImportField.AREAS, "WK990101, WK990102"));
        });
        assertThat(report.fileDuplicates()).singleElement().satisfies(d -> assertThat(d.sameAsRow()).isEqualTo(2));
        Map<String, Object> untouched = gerrit(existing);

        assertThat(steps.commit(skip, Set.of(), false).getStatus()).isEqualTo(302);
        assertThat(gerrit(existing)).as("skipped: nothing changed").isEqualTo(untouched);

        UUID merge = mapped(csv.getBytes(StandardCharsets.UTF_8), "merge.csv");
        assertThat(steps.commit(merge, Set.of(2), false).getStatus()).isEqualTo(302);
        assertThat(gerrit(existing)).containsEntry("email", "gerrit@bestaand.nl").containsEntry("phone", "+31698765432")
                .containsEntry("roles", "{DOER}").containsEntry("areas", "WK990101,WK990102")
                .containsEntry("name_prefix", null).containsEntry("version", 1);
    }

    @Test
    void whenTheCommitFailsHalfwayNothingIsWritten() throws Exception {
        UUID id = mapped(ImportSteps.sample(), "sleutelfiguren-rommelig.csv");
        Map<String, String> counts = RowCounts.of(jdbc);
        long audit = auditRows();
        // A failure after the key figures are inserted: linking them to a network kind breaks.
        superuser("""
                create function import_test_failure() returns trigger language plpgsql as $$
                begin raise exception 'forced failure for the all-or-nothing test'; end $$;
                create trigger import_test_failure before insert on key_figure_network_kind
                for each statement execute function import_test_failure();""");
        MockHttpServletResponse response;
        try {
            response = steps.commit(id, Set.of(4), true);
        } finally {
            superuser("drop trigger import_test_failure on key_figure_network_kind; drop function import_test_failure();");
        }

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).contains("Het vastleggen is mislukt. Er is niets opgeslagen.");
        assertThat(RowCounts.of(jdbc)).isEqualTo(counts);
        assertThat(auditRows()).isEqualTo(audit);
        assertThat(row("select status from import_batch where id = '" + id + "'")).containsEntry("status", "STAGED");

        assertThat(steps.commit(id, Set.of(), true).getStatus()).as("it can be tried again").isEqualTo(302);
        assertThat(RowCounts.of(jdbc)).isNotEqualTo(counts);
    }

    // The commit reuses the rows as the report read them, never the report's view of the
    // register: what changed in between is what the commit acts on.

    @Test
    void aKeyFigureRegisteredAfterTheReportIsADuplicateAtTheCommit() throws Exception {
        UUID id = reported("""
                Naam;E-mail
                Noor Later-Geregistreerd;noor.later@voorbeeld.nl
                Piet Nieuw-Geimporteerd;piet.nieuw@voorbeeld.nl
                """);
        assertThat(report(id).toCreate()).isEqualTo(2);
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> keyFigures.register(new KeyFigureDraft("Noor", null,
                "Later-Geregistreerd", "noor.later@voorbeeld.nl", null, null, null, null, false, List.of(), List.of(),
                null)));

        assertThat(steps.commit(id, Set.of(), false).getStatus()).isEqualTo(302);

        assertThat(row("select count(*) as n from key_figure where email = 'noor.later@voorbeeld.nl'"))
                .as("not registered twice").containsEntry("n", 1L);
        assertThat(row("select count(*) as n from key_figure where email = 'piet.nieuw@voorbeeld.nl'")).containsEntry("n", 1L);
        assertThat(row("select created_count, skipped_duplicate_count from import_batch where id = '" + id + "'"))
                .containsEntry("created_count", 1).containsEntry("skipped_duplicate_count", 1);
    }

    @Test
    void aNetworkKindSwitchedOnAfterTheReportIsReadAtTheCommit() throws Exception {
        String kind = (String) row("select code from network_kind where active and not sensitive order by code limit 1")
                .get("code");
        active(kind, false);
        try {
            UUID id = reported("Naam;Netwerk\nKim Kind-Aangezet;" + kind + "\n");
            assertThat(report(id).invalid()).as("an inactive kind is refused").isEqualTo(1);
            active(kind, true);

            assertThat(steps.commit(id, Set.of(), false).getStatus()).as("no invalid rows left to confirm").isEqualTo(302);

            assertThat(row("select count(*) as n from key_figure k join key_figure_network_kind n on n.key_figure_id = k.id"
                    + " where k.family_name = 'Kind-Aangezet' and n.kind_code = '" + kind + "'")).containsEntry("n", 1L);
        } finally {
            active(kind, true);
        }
    }

    @Test
    void rowsWithProblemsMustBeConfirmedBeforeTheCommit() throws Exception {
        UUID id = mapped(ImportSteps.sample(), "sleutelfiguren-rommelig.csv");
        Map<String, String> counts = RowCounts.of(jdbc);

        MockHttpServletResponse response = steps.commit(id, Set.of(), false);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Bevestig dat de rijen met fouten niet worden geïmporteerd");
        assertThat(RowCounts.of(jdbc)).isEqualTo(counts);
    }

    @Test
    void anUploadIsOnlyForTheAccountThatUploadedIt() throws Exception {
        UUID id = steps.uploaded("sleutelfiguren-rommelig.csv", ImportSteps.sample());
        ImportSteps colleague = new ImportSteps(mvc, DemoTenants.MAASOEVER);
        ImportSteps elsewhere = new ImportSteps(mvc, DemoTenants.WAALBERGEN);

        assertThat(colleague.get(ImportSteps.getPath(id)).getStatus()).isEqualTo(404);
        assertThat(colleague.get(ImportSteps.getPath(id) + "/rapport").getStatus()).isEqualTo(404);
        assertThat(colleague.commit(id, Set.of(), true).getStatus()).isEqualTo(404);
        assertThat(colleague.cancel(id).getStatus()).isEqualTo(404);
        assertThat(elsewhere.get(ImportSteps.getPath(id)).getStatus()).isEqualTo(404);
        assertThat(elsewhere.commit(id, Set.of(), true).getStatus()).isEqualTo(404);
        assertThat(steps.get(ImportSteps.getPath(id)).getStatus()).isEqualTo(200);
    }

    @Test
    void cancellingAndExpiringDeleteTheStagedRows() throws Exception {
        UUID cancelled = steps.uploaded("sleutelfiguren-rommelig.csv", ImportSteps.sample());
        UUID expired = steps.uploaded("sleutelfiguren-rommelig.csv", ImportSteps.sample());
        assertThat(staged(cancelled)).isEqualTo(31);

        assertThat(steps.cancel(cancelled).getRedirectedUrl()).isEqualTo("/sleutelfiguren/import");
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> jdbc.sql(
                "update import_batch set expires_at = now() - interval '1 minute' where id = ?").param(expired).update());
        assertThat(steps.get(ImportSteps.getPath(expired)).getStatus()).as("expired: gone for the user").isEqualTo(404);
        int purged = CurrentTenant.callAs(DemoTenants.MAASOEVER, imports::purgeExpired);

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(staged(cancelled)).isZero();
        assertThat(staged(expired)).isZero();
        assertThat(row("select id from import_batch where id in ('" + cancelled + "', '" + expired + "')")).isEmpty();
    }

    private UUID mapped(byte[] content, String fileName) throws Exception {
        UUID id = steps.uploaded(fileName, content);
        steps.mapAsSuggested(id, suggested(id));
        return id;
    }

    private List<ImportField> suggested(UUID id) {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> imports.mapping(imports.batch(id, steps.user.accountId())));
    }

    private ImportReport report(UUID id) {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> imports.report(id, steps.user.accountId()));
    }

    /** Uploaded, mapped as suggested and its report page shown, as a coordinator gets to the commit button. */
    private UUID reported(String csv) throws Exception {
        UUID id = mapped(csv.getBytes(StandardCharsets.UTF_8), "later.csv");
        assertThat(steps.get(ImportSteps.getPath(id) + "/rapport").getStatus()).isEqualTo(200);
        return id;
    }

    private void active(String kind, boolean active) {
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> jdbc.sql("update network_kind set active = ? where code = ?")
                .params(active, kind).update());
    }

    private long auditRows() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_event").query(Long.class).single();
    }

    private long staged(UUID batch) {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql(
                "select count(*) from import_row where batch_id = ?").param(batch).query(Long.class).single());
    }

    private Map<String, Object> row(String sql) {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER,
                () -> jdbc.sql(sql).query().listOfRows().stream().findFirst().orElse(Map.of()));
    }

    private Map<String, Object> gerrit(UUID id) {
        return row("select email, phone, name_prefix, role_types::text as roles, version, "
                + "(select string_agg(area_code, ',' order by area_code) from key_figure_area a where a.key_figure_id = k.id) as areas "
                + "from key_figure k where id = '" + id + "'");
    }

    private void superuser(String sql) throws Exception {
        try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The sample as an Excel sheet: every cell a text cell, as a coordinator's spreadsheet would be. */
    static byte[] xlsx(byte[] csv) throws Exception {
        UploadedTable table = new SpreadsheetReader(ImportProperties.defaults()).read(csv, "x.csv", null);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Sleutelfiguren");
            XSSFRow header = sheet.createRow(0);
            for (int i = 0; i < table.headers().size(); i++) {
                header.createCell(i).setCellValue(table.headers().get(i));
            }
            for (UploadedTable.Row row : table.rows()) {
                XSSFRow r = sheet.createRow(row.number() - 1);
                for (int i = 0; i < row.cells().length; i++) {
                    if (!row.cells()[i].isEmpty()) {
                        r.createCell(i).setCellValue(row.cells()[i]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
