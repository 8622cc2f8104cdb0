package nl.sleutelnet.registerimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.sleutelnet.RowCounts;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * An export holds only the register's plain fields, never anything sensitive, neutralises
 * cells a spreadsheet would run as a formula, needs a reason, and is logged and audited.
 */
@SleutelnetTest
class ExportingTheRegisterTests {

    static final List<String> COLUMNS = List.of("Nummer", "Voornaam", "Tussenvoegsel", "Achternaam", "E-mail",
            "Telefoon", "Taal", "Contactkanaal", "Rollen", "Nieuw voor de gemeente", "Status", "Wijken en buurten",
            "Netwerken", "Actief sinds", "Contactritme (dagen)", "Laatste contact");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureService keyFigures;

    ImportSteps coordinator;
    Set<UUID> before;

    @BeforeEach
    void start() {
        coordinator = new ImportSteps(mvc, DemoTenants.MAASOEVER);
        before = ImportSteps.keyFigureIds(jdbc, DemoTenants.MAASOEVER);
    }

    @AfterEach
    void cleanUp() {
        ImportSteps.removeAddedKeyFigures(jdbc, DemoTenants.MAASOEVER, before);
    }

    @Test
    void aCsvExportOpensInDutchExcelAndHoldsOnlyThePlainFields() throws Exception {
        MockHttpServletResponse response = export(coordinator, "CSV", "", "ANNUAL_OVERVIEW");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"sleutelfiguren-")
                .endsWith(".csv\"");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith(0xef, 0xbb, 0xbf);
        List<CSVRecord> records = csv(bytes);
        assertThat(records.get(0).toList()).isEqualTo(COLUMNS);
        assertThat(records).hasSize(1 + (int) count(DemoTenants.MAASOEVER, null));
        CSVRecord samira = records.stream().filter(r -> r.get(0).equals("00000000-0000-4000-8000-000000000101"))
                .findFirst().orElseThrow();
        assertThat(samira.toList()).startsWith("00000000-0000-4000-8000-000000000101", "Samira", "van den", "Berg",
                "samira.vandenberg@voorbeeld.demo", "06 10000000", "nl");
        assertThat(samira.get(10)).isEqualTo("Actief");
        assertThat(samira.get(11)).isEqualTo("Centrum, Binnenstad");
        assertThat(samira.get(12)).isEqualTo("Jongeren, Onderwijs");
    }

    @Test
    void anExportNeverHoldsASensitiveNetworkKindOrAnotherMunicipalitysKeyFigures() throws Exception {
        UUID id = register("Noor", "Veldkamp-Exporttest", KeyFigureStatus.CANDIDATE);
        // The application never links a sensitive kind; the export must leave it out even if one is there.
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> jdbc.sql(
                "insert into key_figure_network_kind (municipality_id, key_figure_id, kind_code) values (?, ?, 'FAITH_BASED')")
                .params(DemoTenants.MAASOEVER.value(), id).update());

        String maasoever = new String(export(coordinator, "CSV", "", "OTHER").getContentAsByteArray(), StandardCharsets.UTF_8);
        String waalbergen = new String(export(new ImportSteps(mvc, DemoTenants.WAALBERGEN), "CSV", "", "OTHER")
                .getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(maasoever).contains("Veldkamp-Exporttest").doesNotContain("Levensbeschouwelijk", "FAITH_BASED",
                "Faith-based");
        List<String> staff = jdbc.sql("select id::text from account").query(String.class).list();
        assertThat(staff).allSatisfy(account -> assertThat(maasoever).doesNotContain(account));
        assertThat(waalbergen).contains("Nummer;Voornaam")
                .doesNotContain("Veldkamp-Exporttest", "00000000-0000-4000-8000-000000000101");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreNeutralised() throws Exception {
        register("+Sarah", "-Kuiper+1", KeyFigureStatus.PAUSED);

        List<CSVRecord> records = csv(export(coordinator, "CSV", "PAUSED", "MAILING_INVITATION").getContentAsByteArray());

        assertThat(records).extracting(r -> r.get(1) + " " + r.get(3)).contains("'+Sarah '-Kuiper+1");
        assertThat(records.subList(1, records.size())).extracting(r -> r.get(10)).containsOnly("Gepauzeerd");
        for (String dangerous : List.of("=1+1", "+31", "-2", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(RegisterExport.neutralised(dangerous)).isEqualTo("'" + dangerous);
        }
        assertThat(RegisterExport.neutralised("Samira")).isEqualTo("Samira");
        assertThat(RegisterExport.neutralised("06 12345678")).isEqualTo("06 12345678");
    }

    @Test
    void anXlsxExportHoldsTextCellsOnly() throws Exception {
        register("+Sarah", "-Kuiper+1", KeyFigureStatus.ACTIVE);

        MockHttpServletResponse response = export(coordinator, "XLSX", "ACTIVE", "HANDOVER_TO_COLLEAGUE");

        assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<String> header = new ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).isEqualTo(COLUMNS);
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows())
                    .isEqualTo(1 + (int) count(DemoTenants.MAASOEVER, KeyFigureStatus.ACTIVE));
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                }
            }
        }
    }

    @Test
    void everyExportIsLoggedWithItsReasonAndAudited() throws Exception {
        long seq = jdbc.sql("select coalesce(max(seq), 0) from audit_event").query(Long.class).single();

        export(coordinator, "XLSX", "ACTIVE", "DATA_SUBJECT_REQUEST");

        Map<String, Object> audit = jdbc.sql("select action, record_type, record_id, actor_id from audit_event where seq > ?")
                .param(seq).query().singleRow();
        assertThat(audit).containsEntry("action", "EXPORT").containsEntry("record_type", "key_figure_export")
                .containsEntry("actor_id", coordinator.user.accountId());
        Map<String, Object> log = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> jdbc.sql(
                "select account_id, reason, format, status_filter, row_count from export_log where id = ?")
                .param(audit.get("record_id")).query().singleRow());
        assertThat(log).containsEntry("account_id", coordinator.user.accountId())
                .containsEntry("reason", "DATA_SUBJECT_REQUEST").containsEntry("format", "XLSX")
                .containsEntry("status_filter", "ACTIVE")
                .containsEntry("row_count", (int) count(DemoTenants.MAASOEVER, KeyFigureStatus.ACTIVE));
        assertThat(CurrentTenant.callAs(DemoTenants.WAALBERGEN, () -> jdbc.sql(
                "select count(*) from export_log where id = ?").param(audit.get("record_id")).query(Long.class).single()))
                .as("another municipality does not see the log row").isZero();
    }

    @Test
    void anExportWithoutAReasonIsRefusedAndNothingIsLogged() throws Exception {
        Map<String, String> counts = RowCounts.of(jdbc);
        long seq = jdbc.sql("select coalesce(max(seq), 0) from audit_event").query(Long.class).single();

        for (String[] form : List.of(new String[] { "CSV", "", "" }, new String[] { "CSV", "", "BECAUSE_I_CAN" },
                new String[] { "PDF", "", "OTHER" }, new String[] { "CSV", "DELETED", "OTHER" },
                new String[] { null, null, null })) {
            MockHttpServletResponse response = export(coordinator, form[0], form[1], form[2]);
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentType()).startsWith("text/html");
            assertThat(response.getContentAsString()).contains("Controleer het formulier");
        }

        assertThat(export(coordinator, "CSV", "", "").getContentAsString()).contains("Kies de reden van de export.");
        assertThat(RowCounts.of(jdbc)).isEqualTo(counts);
        assertThat(jdbc.sql("select count(*) from audit_event where seq > ?").param(seq).query(Long.class).single())
                .isZero();
        assertThat(CurrentTenant.callAs(DemoTenants.MAASOEVER,
                () -> jdbc.sql("select count(*) from export_log where account_id = ?").param(coordinator.user.accountId())
                        .query(Long.class).single())).isZero();
    }

    private MockHttpServletResponse export(ImportSteps who, String format, String status, String reason) throws Exception {
        MockHttpServletRequestBuilder request = post("/sleutelfiguren/export").with(who.who()).with(csrf());
        if (format != null) {
            request = request.param("formaat", format).param("status", status).param("reden", reason);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private UUID register(String given, String family, KeyFigureStatus status) {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> keyFigures.register(new KeyFigureDraft(given, null,
                family, null, null, null, null, null, false, List.of(), List.of("SPORTS"), null), status).value());
    }

    private long count(MunicipalityId municipality, KeyFigureStatus status) {
        return CurrentTenant.callAs(municipality, () -> jdbc.sql(
                "select count(*) from key_figure where (?::text is null or status = ?)")
                .params(status == null ? null : status.name(), status == null ? null : status.name())
                .query(Long.class).single());
    }

    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text)).getRecords();
    }
}
