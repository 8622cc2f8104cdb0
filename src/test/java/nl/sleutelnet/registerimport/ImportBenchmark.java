package nl.sleutelnet.registerimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Times the import of a large, messy file through the web layer (upload, mapping, report page,
 * commit), once per demo municipality; run by {@code bench/import.sh}. Not part of
 * {@code ./mvnw verify}: surefire runs only classes named *Tests or *Test.
 */
@SleutelnetTest
class ImportBenchmark {

    private static final String[] GIVEN = { "Samira", "Johan", "Aylin", "Kees", "Mariam", "Thijs", "Nadia", "Bram",
            "Yusuf", "Els", "Dewi", "Marco", "Hanna", "Rachid", "Floor", "Tim", "Fenna", "Mehmet", "Lieke", "Sven",
            "Zeynep", "Joost", "Anouk", "Said", "Marloes", "Koen", "Esra", "Wouter", "Priya", "Gerrit", "Noa", "Hamza",
            "Ineke", "Luuk", "Amira", "Pieter", "Sara", "Daan", "Ilse", "Ömer" };
    private static final String[] PREFIX = { "", "", "", "van ", "de ", "van den ", "v.d. ", "Van der ", "ter ", "'t " };
    private static final String[] S1 = { "Ko", "Ber", "Hoog", "Lin", "Mees", "Ver", "Wil", "Bak", "Dek", "Smit", "Groe",
            "Kui", "Vis", "Bos", "Jan", "Poel", "Stra", "Aydin", "El Am", "Yil" };
    private static final String[] S2 = { "ster", "ge", "den", "ker", "man", "sel", "dri", "ra", "ho", "ber", "wou",
            "lan", "ke", "tel", "ni", "va", "ri", "do", "me", "za" };
    private static final String[] S3 = { "", "s", "ma", "veld", "kamp", "berg", "hof", "sen", "ink", "stra", "man",
            "dijk", "wijk", "horst", "broek", "rani", "maz", "el", "mans", "ers" };
    private static final String[] AREAS = { "Centrum", "Oosterhof", "De Weerden", "Rivierwijk", "Binnenstad",
            "Havenkwartier", "Oosterhof-Noord", "Oosterhof-Zuid", "Weerdenpark", "Hoge Akker", "Stationskwartier", "Kade",
            "centrum", "Centrum, Kade", "" };
    private static final String[] STATUS = { "", "", "Kandidaat", "Actief", "actief", "Intake", "Gepauzeerd" };

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsAHundredThousandRows() throws Exception {
        int rows = Integer.getInteger("import.rows", 100_000);
        Path out = Path.of(System.getProperty("import.out", "target/import-bench"));
        Files.createDirectories(out);
        byte[] file = generate(rows);
        Files.write(out.resolve("import-" + rows + ".csv"), file);
        List<MunicipalityId> municipalities = DemoTenants.MUNICIPALITIES;
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "file: %d rows, %.1f MB; heap max %d MB", rows, file.length / 1e6,
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        lines.add("| run | municipality | upload (parse + stage) s | mapping s | report page s | commit s | total s | created | merged | invalid | skipped |");
        lines.add("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<Double> totals = new ArrayList<>();
        for (int run = 0; run < municipalities.size(); run++) {
            MunicipalityId municipality = municipalities.get(run);
            ImportSteps steps = new ImportSteps(mvc, municipality);
            Set<UUID> before = ImportSteps.keyFigureIds(jdbc, municipality);
            long t0 = System.nanoTime();
            UUID id = steps.uploaded("sleutelfiguren.csv", file);
            long t1 = System.nanoTime();
            steps.mapAsSuggested(id, List.of(ImportField.FULL_NAME, ImportField.EMAIL, ImportField.PHONE,
                    ImportField.AREAS, ImportField.STATUS));
            long t2 = System.nanoTime();
            MockHttpServletResponse report = steps.get(ImportSteps.getPath(id) + "/rapport");
            assertThat(report.getStatus()).isEqualTo(200);
            long t3 = System.nanoTime();
            MockHttpServletResponse commit = steps.commit(id, Set.of(), true);
            assertThat(commit.getStatus()).isEqualTo(302);
            long t4 = System.nanoTime();
            List<Integer> counts = CurrentTenant.callAs(municipality, () -> jdbc.sql(
                    "select created_count, merged_count, invalid_count, skipped_duplicate_count from import_batch where id = ?")
                    .param(id).query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single());
            double total = (t4 - t0) / 1e9;
            totals.add(total);
            lines.add(String.format(Locale.ROOT, "| %d | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %d | %d | %d | %d |",
                    run + 1, municipality, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, total,
                    counts.get(0), counts.get(1), counts.get(2), counts.get(3)));
            assertThat(ImportSteps.keyFigureIds(jdbc, municipality).size() - before.size()).isEqualTo(counts.get(0));
        }
        totals.sort(null);
        lines.add("");
        lines.add(String.format(Locale.ROOT, "median total: %.2f s (target: 15 s)", totals.get(totals.size() / 2)));
        Files.write(out.resolve("import-summary.md"), lines, StandardCharsets.UTF_8);
        lines.forEach(line -> org.slf4j.LoggerFactory.getLogger(ImportBenchmark.class).info(line));
    }

    /**
     * A messy file: full names with tussenvoegsels written every way, phone numbers in several
     * shapes, areas by name in varying case, about 1 % invalid e-mail addresses and one
     * duplicate (same e-mail) in every 500 rows.
     */
    static byte[] generate(int rows) throws IOException {
        StringBuilder csv = new StringBuilder(rows * 90).append('\ufeff').append("Naam;E-mail;Telefoon;Wijk;Status\r\n");
        for (int i = 0; i < rows; i++) {
            int person = i % 500 == 499 ? i - 1 : i;
            String family = S1[person % 20] + S2[(person / 20) % 20] + S3[(person / 400) % 20];
            String given = GIVEN[(person / 8_000) % GIVEN.length];
            String email = i % 97 == 0 ? given.toLowerCase(Locale.ROOT) + "@@voorbeeld"
                    : given.toLowerCase(Locale.ROOT).replace('ö', 'o') + "." + person + "@voorbeeld.nl";
            String phone = switch (person % 4) {
                case 0 -> String.format("06-%08d", 20_000_000 + person);
                case 1 -> String.format("+31 6 %08d", 20_000_000 + person);
                case 2 -> String.format("0031 6%08d", 20_000_000 + person);
                default -> "";
            };
            String area = AREAS[person % AREAS.length];
            csv.append(i % 7 == 0 ? "  " : "").append(given).append(' ').append(PREFIX[person % PREFIX.length])
                    .append(family).append(';').append(email).append(';').append(phone).append(';')
                    .append(area.contains(",") ? "\"" + area + "\"" : area).append(';')
                    .append(STATUS[person % STATUS.length]).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
