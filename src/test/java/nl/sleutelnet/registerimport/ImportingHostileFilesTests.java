package nl.sleutelnet.registerimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
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
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * Malformed, huge and hostile files get a plain Dutch reason on the upload page (400), never a
 * server error, and nothing is stored: not in the register, not even as a staged upload.
 */
@SleutelnetTest
class ImportingHostileFilesTests {

    static final String HEADER = "Voornaam;Achternaam;Wijk\r\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyFigureImport imports;

    ImportSteps steps;

    @BeforeEach
    void start() {
        steps = new ImportSteps(mvc, DemoTenants.MAASOEVER);
    }

    @TestFactory
    Stream<DynamicTest> unreadableFilesAreRefusedWithAPlainReason() {
        byte[] random = new byte[64 * 1024];
        new SplittableRandom(20261128).nextBytes(random);
        byte[] zipLike = random.clone();
        System.arraycopy(new byte[] { 0x50, 0x4b, 0x03, 0x04 }, 0, zipLike, 0, 4);
        StringBuilder tooMany = new StringBuilder(HEADER);
        for (int i = 0; i < 100_001; i++) {
            tooMany.append("Piet;Jansen").append(i).append(";Centrum\r\n");
        }
        StringBuilder wide = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            wide.append("kolom").append(i).append(';');
        }
        wide.append("\r\n");
        return Stream.of(
                refused("random bytes as CSV", "gegevens.csv", random, "tekens die niet in een tekstbestand horen"),
                refused("random bytes as XLSX", "gegevens.xlsx", random, "maar is geen Excel-bestand"),
                refused("random bytes behind a zip header", "gegevens.xlsx", zipLike, "kan niet worden gelezen"),
                refused("an empty file", "leeg.csv", new byte[0], "Het bestand is leeg."),
                refused("only blank lines", "leeg.csv", utf8("\r\n;;\r\n  \r\n"), "Het bestand is leeg."),
                refused("only the headings", "kopjes.csv", utf8(HEADER), "alleen kolomnamen en geen rijen"),
                refused("a PDF", "lijst.pdf", utf8("%PDF-1.7\n"), "Alleen CSV-bestanden (.csv) en Excel-bestanden"),
                refused("a program", "lijst.exe", utf8("MZ\u0090\u0000"), "Alleen CSV-bestanden (.csv) en Excel-bestanden"),
                refused("no extension", "lijst", utf8(HEADER + "Piet;Jansen;\r\n"), "Alleen CSV-bestanden (.csv)"),
                refused("an old Excel file", "lijst.xls", new byte[] { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0 },
                        "oud Excel-bestand (.xls)"),
                refused("an Excel file named .csv", "lijst.csv", zipLike, "heeft de extensie .csv, maar is een Excel-bestand"),
                refused("NUL bytes in a CSV", "nul.csv", utf8(HEADER + "Piet\u0000;Jansen;Centrum\r\n"),
                        "tekens die niet in een tekstbestand horen"),
                refused("UTF-16 text", "unicode.csv", utf16(HEADER + "Piet;Jansen;Centrum\r\n"), "UTF-16"),
                refused("an unclosed quote", "kapot.csv", utf8(HEADER + "\"Piet;Jansen;Centrum\r\nKees;Bos;\r\n"),
                        "aanhalingsteken (&quot;) dat niet wordt afgesloten"),
                refused("a huge single cell", "groot.csv", utf8(HEADER + "Piet;" + "J".repeat(5_000_000) + ";\r\n"),
                        "Cel B2 is langer dan 1.000 tekens"),
                refused("a cell just over the limit", "lang.csv", utf8(HEADER + "Piet;Jansen;" + "x".repeat(1_001) + "\r\n"),
                        "Cel C2 is langer dan 1.000 tekens"),
                refused("100,001 rows", "veel.csv", utf8(tooMany.toString()), "meer dan 100.000 rijen"),
                refused("51 columns", "breed.csv", utf8(wide + "a;b\r\n"), "meer dan 50 kolommen"),
                refused("a file over 10 MB", "te-groot.csv", utf8(HEADER + "x".repeat(10 * 1024 * 1024)),
                        "hoogstens 10 MB"),
                refused("a zip bomb", "bom.xlsx", xlsx(" ".repeat(30_000_000)), "pakt uit tot een veel groter bestand"),
                refused("an external entity", "xxe.xlsx", xlsx("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>",
                        "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"), "kan niet worden gelezen"));
    }

    @Test
    void aHandMadeExcelSheetIsReadWithCachedFormulaResults() throws Exception {
        byte[] sheet = xlsx("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>Voornaam</t></is></c><c r="B1" t="inlineStr"><is><t>Achternaam</t></is></c><c r="C1" t="inlineStr"><is><t>Telefoon</t></is></c></row>
                <row r="2"><c r="A2" t="str"><f>CONCATENATE("Pi","et")</f><v>Piet</v></c><c r="B2" t="inlineStr"><is><t>Formulesma</t></is></c><c r="C2"><v>612345699</v></c></row>
                <row r="4"><c r="A4" t="str"><f>NOW()</f></c><c r="B4" t="inlineStr"><is><t>Zonderwaarde</t></is></c></row>""");
        UUID id = steps.uploaded("formules.xlsx", sheet);
        steps.mapAsSuggested(id, List.of(ImportField.GIVEN_NAME, ImportField.FAMILY_NAME, ImportField.PHONE));

        ImportReport report = CurrentTenant.callAs(DemoTenants.MAASOEVER,
                () -> imports.report(id, steps.user.accountId()));

        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.valid()).as("the cached result, and the zero Excel dropped from 0612345699").isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.messageKey()).isEqualTo("import.problem.keyFigure.givenName.required");
        });
        steps.cancel(id);
    }

    @TestFactory
    Stream<DynamicTest> hostileCellsAreReportedEscapedAndNeverAServerError() {
        HostileInput input = HostileInput.forTest("import cells");
        Map<String, String> before = RowCounts.of(jdbc);
        return Stream.concat(input.tests(input.samples(20), sample -> {
            try {
                String cell = "\"" + sample.replace("\"", "\"\"") + "\"";
                MockHttpServletResponse upload = steps.upload("vijandig.csv",
                        utf8(HEADER + cell + ";Jansen;" + cell + "\r\n"), "auto");
                assertThat(upload.getStatus()).isIn(302, 400);
                if (upload.getStatus() == 400) {
                    assertThat(upload.getContentAsString()).contains("Controleer het formulier");
                    return;
                }
                String location = upload.getRedirectedUrl();
                UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
                assertThat(steps.get(location).getStatus()).isEqualTo(200);
                steps.mapAsSuggested(id, List.of(ImportField.GIVEN_NAME, ImportField.FAMILY_NAME, ImportField.AREAS));
                MockHttpServletResponse report = steps.get(location + "/rapport");
                assertThat(report.getStatus()).isEqualTo(200);
                assertThat(report.getContentAsString()).doesNotContain("<script>alert(1)", "<img src=x", "<svg onload");
                steps.cancel(id);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }), Stream.of(dynamicTest("wrote nothing", () -> assertThat(RowCounts.of(jdbc)).isEqualTo(before))));
    }

    @Test
    void aPostWithoutAFileAsksForOne() throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/sleutelfiguren/import").with(steps.who()).with(csrf()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Kies een bestand om te importeren.");
    }

    private DynamicTest refused(String name, String fileName, byte[] content, String message) {
        return dynamicTest(name, () -> {
            Map<String, String> counts = RowCounts.of(jdbc);
            long batches = batches();

            MockHttpServletResponse response = steps.upload(fileName, content, "auto");

            assertThat(response.getStatus()).isEqualTo(400);
            String html = response.getContentAsString();
            assertThat(html).contains("Controleer het formulier", message).doesNotContain("Exception", "at org.");
            assertThat(RowCounts.of(jdbc)).isEqualTo(counts);
            assertThat(batches()).isEqualTo(batches);
        });
    }

    private long batches() {
        return CurrentTenant.callAs(DemoTenants.MAASOEVER,
                () -> jdbc.sql("select count(*) from import_batch").query(Long.class).single());
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf16(String text) {
        return ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE);
    }

    /** A minimal .xlsx written by hand, so that tests can put anything into the sheet's XML. */
    static byte[] xlsx(String rows) {
        return xlsx(rows, "");
    }

    static byte[] xlsx(String rows, String doctype) {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        String pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"" + pkg + "\"><Relationship Id=\"rId1\" Type=\"" + rel
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets>"
                    + "<sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + pkg + "\"><Relationship Id=\"rId1\" Type=\""
                    + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                    + "<worksheet xmlns=\"" + main + "\"><sheetData>" + rows + "</sheetData></worksheet>");
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws java.io.IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
