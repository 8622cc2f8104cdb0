package nl.sleutelnet.registerimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Times the import of a large, messy file through the web layer (upload, mapping, report page,
 * commit), once per demo municipality; run by {@code bench/import.sh}. Then times PostgreSQL's
 * COPY of the same rows in the same database, as the owner (COPY FROM refuses a table with
 * row-level security, so the application's role could not use it on key_figure): the same file
 * into a table with the file's five columns, and the rows the last run's commit stored (its new
 * key figures and their area and network-kind links) into tables like key_figure and its link
 * tables (columns, defaults, generated columns, checks, indexes and foreign keys), three times
 * each, and reports import total / COPY. Not part of {@code ./mvnw verify}: surefire runs only
 * classes named *Tests or *Test.
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

    @Autowired
    EmbeddedPostgres postgres;

    private static final int COPY_RUNS = 3;

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
        List<Double> commits = new ArrayList<>();
        Timestamp lastCommitStart = null;
        MunicipalityId lastMunicipality = null;
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
            lastCommitStart = jdbc.sql("select clock_timestamp()").query(Timestamp.class).single();
            lastMunicipality = municipality;
            long t3 = System.nanoTime();
            MockHttpServletResponse commit = steps.commit(id, Set.of(), true);
            assertThat(commit.getStatus()).isEqualTo(302);
            long t4 = System.nanoTime();
            List<Integer> counts = CurrentTenant.callAs(municipality, () -> jdbc.sql(
                    "select created_count, merged_count, invalid_count, skipped_duplicate_count from import_batch where id = ?")
                    .param(id).query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single());
            double total = (t4 - t0) / 1e9;
            commits.add((t4 - t3) / 1e9);
            totals.add(total);
            lines.add(String.format(Locale.ROOT, "| %d | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %d | %d | %d | %d |",
                    run + 1, municipality, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, total,
                    counts.get(0), counts.get(1), counts.get(2), counts.get(3)));
            assertThat(ImportSteps.keyFigureIds(jdbc, municipality).size() - before.size()).isEqualTo(counts.get(0));
        }
        totals.sort(null);
        double importMedian = totals.get(totals.size() / 2);
        lines.add("");
        lines.add(String.format(Locale.ROOT, "median total: %.2f s (target: 15 s)", importMedian));
        lines.addAll(copyComparison(file, lastMunicipality, lastCommitStart, importMedian, median(commits)));
        Files.write(out.resolve("import-summary.md"), lines, StandardCharsets.UTF_8);
        lines.forEach(line -> org.slf4j.LoggerFactory.getLogger(ImportBenchmark.class).info(line));
    }

    /**
     * PostgreSQL's COPY of the same rows, as the owner, {@value #COPY_RUNS} times each into fresh
     * tables (created and dropped outside the timing): the file itself into a table with its five
     * columns (text), and the rows the commit of {@code municipality} stored after
     * {@code commitStart} into tables shaped like key_figure, key_figure_area and
     * key_figure_network_kind (see {@link #copyStored}), in one transaction as the commit, and the
     * same rows into bare tables (columns, defaults and generated columns only).
     */
    private List<String> copyComparison(byte[] file, MunicipalityId municipality, Timestamp commitStart,
            double importMedian, double commitMedian) throws SQLException, IOException {
        int fileRows = Integer.getInteger("import.rows", 100_000);
        String[] tables = { "key_figure", "key_figure_area", "key_figure_network_kind" };
        String created = "select municipality_id, id from key_figure where municipality_id = '%s' and created_at >= '%s'"
                .formatted(municipality, commitStart.toInstant());
        String[] selections = { "(municipality_id, id) in (" + created + ")",
                "(municipality_id, key_figure_id) in (" + created + ")",
                "(municipality_id, key_figure_id) in (" + created + ")" };
        String[] columns = new String[tables.length];
        byte[][] stored = new byte[tables.length][];
        long[] rows = new long[tables.length];
        List<Double> csvTimes = new ArrayList<>();
        List<Double> storedTimes = new ArrayList<>();
        List<Double> bareTimes = new ArrayList<>();
        try (Connection owner = postgres.getPostgresDatabase().getConnection(); Statement sql = owner.createStatement()) {
            CopyManager copy = owner.unwrap(PGConnection.class).getCopyAPI();
            for (int t = 0; t < tables.length; t++) {
                columns[t] = jdbc.sql("""
                        select string_agg(quote_ident(attname), ', ' order by attnum) from pg_attribute
                        where attrelid = cast(? as regclass) and attnum > 0 and not attisdropped and attgenerated = ''""")
                        .param(tables[t]).query(String.class).single();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                rows[t] = copy.copyOut("copy (select " + columns[t] + " from " + tables[t] + " where " + selections[t]
                        + ") to stdout", bytes);
                stored[t] = bytes.toByteArray();
            }
            for (int run = 0; run < COPY_RUNS; run++) {
                sql.execute("drop table if exists bench_copy_csv");
                sql.execute("create table bench_copy_csv (naam text, e_mail text, telefoon text, wijk text, status text)");
                long c0 = System.nanoTime();
                long csvRows = copy.copyIn("copy bench_copy_csv from stdin (format csv, delimiter ';', header true)",
                        new ByteArrayInputStream(file));
                csvTimes.add((System.nanoTime() - c0) / 1e9);
                assertThat(csvRows).isEqualTo(fileRows);
                sql.execute("drop table bench_copy_csv");

                storedTimes.add(copyStored(owner, copy, tables, columns, stored, rows, true));
                bareTimes.add(copyStored(owner, copy, tables, columns, stored, rows, false));
            }
        }
        assertThat(rows[0]).isPositive();
        double csvMedian = median(csvTimes);
        double storedMedian = median(storedTimes);
        double bareMedian = median(bareTimes);
        List<String> out = new ArrayList<>();
        out.add("");
        out.add("PostgreSQL's COPY of the same rows (same database, as the owner, " + COPY_RUNS + " runs each):");
        out.add("");
        out.add("| COPY | rows | runs s | median s | import total (median) / COPY |");
        out.add("|---|---:|---|---:|---:|");
        out.add(String.format(Locale.ROOT, "| the file (%.1f MB) into a table of its 5 text columns | %d | %s | %.3f | %.1f |",
                file.length / 1e6, fileRows, seconds(csvTimes), csvMedian, importMedian / csvMedian));
        double mb = (stored[0].length + stored[1].length + stored[2].length) / 1e6;
        out.add(String.format(Locale.ROOT, "| the last commit's rows (%.1f MB as COPY text) into tables like key_figure,"
                + " key_figure_area, key_figure_network_kind (generated columns, checks, indexes, foreign keys),"
                + " one transaction | %d + %d + %d | %s | %.3f | %.1f |", mb, rows[0], rows[1], rows[2],
                seconds(storedTimes), storedMedian, importMedian / storedMedian));
        out.add(String.format(Locale.ROOT, "| the same rows into tables with only their columns (not null), defaults and generated"
                + " columns (no indexes, checks or foreign keys) | %d + %d + %d | %s | %.3f | %.1f |", rows[0], rows[1],
                rows[2], seconds(bareTimes), bareMedian, importMedian / bareMedian));
        out.add("");
        out.add(String.format(Locale.ROOT, "commit step alone (median %.2f s) / COPY of its rows into the shaped tables:"
                + " %.1f", commitMedian, commitMedian / storedMedian));
        return out;
    }

    /**
     * One COPY of the stored rows into fresh copies of the three tables, in one transaction; with
     * {@code shaped}, the tables as the originals (generated columns, defaults, checks, indexes,
     * foreign keys, those to key_figure pointing at its copy), else only columns, defaults and
     * generated columns. Returns the seconds of the COPY and its commit.
     */
    private double copyStored(Connection owner, CopyManager copy, String[] tables, String[] columns, byte[][] stored,
            long[] rows, boolean shaped) throws SQLException, IOException {
        try (Statement sql = owner.createStatement()) {
            sql.execute("drop table if exists bench_copy_key_figure_network_kind, bench_copy_key_figure_area,"
                    + " bench_copy_key_figure");
            for (String table : tables) {
                sql.execute("create table bench_copy_" + table + " (like " + table
                        + (shaped ? " including all)" : " including defaults including generated)"));
                if (!shaped) {
                    continue;
                }
                for (String key : jdbc.sql("""
                        select pg_get_constraintdef(oid) from pg_constraint
                        where conrelid = cast(? as regclass) and contype = 'f' order by conname""")
                        .param(table).query(String.class).list()) {
                    sql.execute("alter table bench_copy_" + table + " add "
                            + key.replace("REFERENCES key_figure(", "REFERENCES bench_copy_key_figure("));
                }
            }
            owner.setAutoCommit(false);
            long s0 = System.nanoTime();
            for (int t = 0; t < tables.length; t++) {
                long n = copy.copyIn("copy bench_copy_" + tables[t] + " (" + columns[t] + ") from stdin",
                        new ByteArrayInputStream(stored[t]));
                assertThat(n).isEqualTo(rows[t]);
            }
            owner.commit();
            double seconds = (System.nanoTime() - s0) / 1e9;
            owner.setAutoCommit(true);
            sql.execute("drop table bench_copy_key_figure_network_kind, bench_copy_key_figure_area, bench_copy_key_figure");
            return seconds;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static String seconds(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).toList());
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
