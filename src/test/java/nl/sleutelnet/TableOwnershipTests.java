package nl.sleutelnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Which module's SQL touches which table (ADR 0021). Reads the SQL in the string literals of
 * {@code src/main/java} per module, against the tables the migrations create: every table is
 * written by one module only, its owner; another module reads it only where listed below, and
 * otherwise asks the owner's public API (or a view the owner provides, such as
 * {@code key_figure_contact}). Prints the whole map, for reviews.
 */
class TableOwnershipTests {

    private static final Path SOURCES = Path.of("src/main/java/nl/sleutelnet");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern WRITE = Pattern
            .compile("(?i)\\b(?:insert\\s+into|update|delete\\s+from|truncate(?:\\s+table)?|merge\\s+into)\\s+(\\w+)");
    /** A statement whose table name is put in by the code ("insert into " + table). */
    private static final Pattern DYNAMIC_WRITE = Pattern.compile("(?i)\\b(?:insert\\s+into|update|delete\\s+from)\\s*$");
    private static final Pattern ROW_LOCK = Pattern.compile("(?i)\\bfor\\s+update\\s*$");
    private static final Pattern READ = Pattern.compile("(?i)\\b(?:from|join)\\s+(\\w+)");

    /**
     * Reads of another module's table that remain, each with its reason. A new one fails the
     * test: go through the owner's API, or add it here with a reason the review accepts.
     */
    private static final Map<String, Set<String>> KNOWN_READS = Map.of(
            // The import's duplicate check reads the whole register in one statement, and the
            // export writes it out in one (100,000 rows, bench/README.md); both only read.
            "registerimport", Set.of("key_figure", "key_figure_area", "key_figure_network_kind", "area", "network_kind",
                    // Import clean-up runs per municipality (issue 10 part 4 moves it to a shared runner).
                    "municipality"),
            // Organisations show their kind's name and sensitivity; marking a kind sensitive counts
            // the key figures linked to it, under the lock of NetworkLists.lockKind.
            "organisation", Set.of("network_kind", "key_figure_network_kind"),
            // Concern retention runs per municipality (issue 10 part 4 moves it to a shared runner).
            "concern", Set.of("municipality"));

    @Test
    void everyTableIsWrittenByOneModuleOnly() {
        Usage usage = scan();
        Map<String, Set<String>> shared = new TreeMap<>();
        usage.writers.forEach((table, modules) -> {
            if (modules.size() > 1) {
                shared.put(table, modules);
            }
        });
        assertThat(shared).as("tables written by more than one module; only the owner writes, the others call its API")
                .isEmpty();
    }

    @Test
    void onlyTheListedReadsCrossAModuleBoundary() {
        Usage usage = scan();
        Map<String, Set<String>> unexpected = new TreeMap<>();
        usage.readers.forEach((table, modules) -> {
            Set<String> owners = usage.writers.getOrDefault(table, Set.of());
            if (owners.isEmpty()) {
                return;
            }
            for (String module : modules) {
                if (!owners.contains(module) && !KNOWN_READS.getOrDefault(module, Set.of()).contains(table)) {
                    unexpected.computeIfAbsent(module, m -> new TreeSet<>()).add(table + " (owner " + owners + ")");
                }
            }
        });
        assertThat(unexpected).as("reads of another module's table; use the owner's API or list the read in KNOWN_READS")
                .isEmpty();
    }

    @Test
    void theScanSeesTheWritesItGuards() {
        Usage usage = scan();
        // The scan itself must work: these writes exist, one of them with its table name put in by the code.
        assertThat(usage.writers).containsEntry("key_figure", Set.of("network"))
                .containsEntry("key_figure_area", Set.of("network")).containsEntry("import_row", Set.of("registerimport"))
                .containsEntry("affiliation", Set.of("organisation")).containsEntry("network_kind", Set.of("network"));
        assertThat(usage.readers.get("key_figure")).doesNotContain("contact");
        usage.print();
    }

    private static Usage scan() {
        Set<String> tables = tables();
        Usage usage = new Usage();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : "(application)";
                List<String> literals = literals(Files.readString(file));
                boolean dynamic = false;
                for (String literal : literals) {
                    collect(WRITE, literal, tables, usage.writers, module);
                    collect(READ, literal, tables, usage.readers, module);
                    dynamic |= DYNAMIC_WRITE.matcher(literal).find() && !ROW_LOCK.matcher(literal).find();
                }
                if (dynamic) {
                    // Table names given as constants of the same file count as written.
                    literals.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(tables::contains)
                            .forEach(t -> usage.writers.computeIfAbsent(t, x -> new TreeSet<>()).add(module));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return usage;
    }

    private static void collect(Pattern pattern, String literal, Set<String> tables, Map<String, Set<String>> into,
            String module) {
        Matcher m = pattern.matcher(literal);
        while (m.find()) {
            String table = m.group(1).toLowerCase(Locale.ROOT);
            if (tables.contains(table)) {
                into.computeIfAbsent(table, t -> new TreeSet<>()).add(module);
            }
        }
    }

    private static Set<String> tables() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(tables).contains("key_figure", "account", "audit_event");
        return tables;
    }

    /** The contents of the string literals and text blocks of a Java source, comments left out. */
    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (source.charAt(i) == '"') {
                StringBuilder literal = new StringBuilder();
                int j = i + 1;
                while (source.charAt(j) != '"') {
                    if (source.charAt(j) == '\\') {
                        j++;
                    }
                    literal.append(source.charAt(j));
                    j++;
                }
                literals.add(literal.toString());
                i = j + 1;
            } else if (source.charAt(i) == '\'') {
                int j = source.charAt(i + 1) == '\\' ? i + 3 : i + 2;
                i = source.indexOf('\'', j) + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static final class Usage {
        final Map<String, Set<String>> writers = new TreeMap<>();
        final Map<String, Set<String>> readers = new TreeMap<>();

        void print() {
            Set<String> all = new TreeSet<>(writers.keySet());
            all.addAll(readers.keySet());
            StringBuilder table = new StringBuilder("table | written by | read by\n");
            for (String t : all) {
                table.append(t).append(" | ").append(writers.getOrDefault(t, Set.of())).append(" | ")
                        .append(readers.getOrDefault(t, Set.of())).append('\n');
            }
            System.out.print(table);
        }
    }
}
