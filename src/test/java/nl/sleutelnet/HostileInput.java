package nl.sleutelnet;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

/**
 * Random and hostile strings for property tests: a fixed list of known attacks and edge cases,
 * then random strings from a seeded generator (huge strings, control characters, scripts of many
 * languages, emoji, bidi and zero-width characters, HTML, SQL and template fragments, LIKE
 * wildcards). The seed is printed; rerun the same strings with {@code -Dhostile.seed=N}.
 * <p>
 * Only well-formed Unicode is generated: a lone surrogate cannot arrive over HTTP (the server
 * decodes UTF-8 and replaces malformed bytes), so testing it through MockMvc would test nothing real.
 * <p>
 * Why not jqwik: see {@code docs/adr/0007-property-tests-with-own-generator.md}.
 */
public final class HostileInput {

    public static final int HUGE = 10_000;

    /** Always tried first, in this order. */
    public static final List<String> KNOWN = List.of(
            "", " ", "\t", "\r\n", "\u0000", "a\u0000b", "\u0000".repeat(3), "\u001b[31mrood\u001b[0m", "\u007f\u0085\u009f",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>",
            "javascript:alert(1)", "</textarea><script>alert(document.cookie)</script>", "<!--", "]]>", "&amp;&lt;",
            "' OR 1=1 --", "\" OR \"\"=\"", "'; drop table key_figure; --", "1; select pg_sleep(5)", "admin'--",
            "%", "_", "\\", "%%", "%_%", "a%", "_a", "\\%", "\\_", "\\\\", "'", "''", "\"",
            "${7*7}", "#{7*7}", "[[${7*7}]]", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "{{7*7}}",
            "../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f", "%00", "?pagina=2&zoek=x", "a=b&c=d",
            "\u202eevil\u202c", "\u200b\u200c\u200d\ufeff", "e\u0301\u0301\u0301", "İıß\u0130", "ǅǈǋ", "ﬁ",
            "😀👍🏽🇳🇱", "𝕏𝔜ℤ", "مرحبا", "שלום", "你好世界", "Ёжик", "\ufffd\ufffe\uffff",
            "Samira", "SAMIRA", "samira van den berg", "  Samira  ",
            "x".repeat(100), "x".repeat(101), "a".repeat(HUGE), "<".repeat(HUGE + 1), "%".repeat(HUGE),
            "\u0000".repeat(HUGE), "😀".repeat(HUGE / 2 + 1), "' OR 1=1 --".repeat(1_000));

    private static final String[] FRAGMENTS = KNOWN.stream().filter(s -> s.length() <= 100)
            .toArray(String[]::new);

    private static final int[][] RANGES = {
            { 0x20, 0x7e }, { 0x20, 0x7e }, { 0x20, 0x7e }, // printable ASCII, most often
            { 0x00, 0x1f }, { 0x7f, 0x9f }, // C0 and C1 control characters
            { 0xa0, 0xff }, { 0x100, 0x17f }, // Latin-1, Latin Extended-A
            { 0x300, 0x36f }, // combining marks
            { 0x400, 0x4ff }, { 0x590, 0x5ff }, { 0x600, 0x6ff }, { 0x4e00, 0x9fff }, // Cyrillic, Hebrew, Arabic, CJK
            { 0x2000, 0x206f }, { 0xfe00, 0xfeff }, { 0xfff0, 0xffff }, // punctuation, bidi, zero-width, BOM, specials
            { 0x1d400, 0x1d7ff }, { 0x1f300, 0x1faff }, // mathematical letters, emoji (outside the BMP)
    };
    private static final String SPECIAL = "%_\\'\"<>&;-/*=(){}[]$#`|!?:,.@~^+";

    private final long seed;
    private final SplittableRandom random;

    private HostileInput(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** A generator with the seed from {@code -Dhostile.seed}, else a fresh one; prints the seed. */
    public static HostileInput forTest(String name) {
        String fixed = System.getProperty("hostile.seed");
        long seed = fixed == null || fixed.isBlank() ? new SplittableRandom().nextLong() : Long.parseLong(fixed.strip());
        System.out.printf("%s: hostile input seed %d (rerun with -Dhostile.seed=%d)%n", name, seed, seed);
        return new HostileInput(seed);
    }

    public long seed() {
        return seed;
    }

    /** The known strings, then {@code randomCount} random ones. */
    public List<String> samples(int randomCount) {
        List<String> samples = new ArrayList<>(KNOWN);
        IntStream.range(0, randomCount).forEach(i -> samples.add(next()));
        return samples;
    }

    /** One dynamic test per sample, named after it; a failure names the seed and the sample. */
    public Stream<DynamicTest> tests(List<String> samples, Consumer<String> property) {
        return tests(samples, (i, sample) -> property.accept(sample));
    }

    /** As {@link #tests(List, Consumer)}, with the sample's position in the list. */
    public Stream<DynamicTest> tests(List<String> samples, BiConsumer<Integer, String> property) {
        return IntStream.range(0, samples.size()).mapToObj(i -> {
            String sample = samples.get(i);
            return DynamicTest.dynamicTest("#" + i + " " + describe(sample), () -> {
                try {
                    property.accept(i, sample);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("Falsified with seed " + seed + " by sample #" + i + " "
                            + describe(sample) + ": " + e.getMessage(), e);
                }
            });
        });
    }

    public String next() {
        return switch (random.nextInt(10)) {
            case 0 -> randomText(HUGE + random.nextInt(HUGE)); // huge
            case 1 -> FRAGMENTS[random.nextInt(FRAGMENTS.length)].repeat(1 + random.nextInt(3));
            case 2, 3 -> randomText(random.nextInt(8)) + FRAGMENTS[random.nextInt(FRAGMENTS.length)]
                    + randomText(random.nextInt(8)); // an attack inside ordinary text
            case 4 -> specials(1 + random.nextInt(12));
            case 5 -> randomText(95 + random.nextInt(11)); // around the length limit
            default -> randomText(random.nextInt(40));
        };
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder(length + 1);
        while (text.length() < length) {
            int[] range = RANGES[random.nextInt(RANGES.length)];
            text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return text.toString();
    }

    private String specials(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
        }
        return text.toString();
    }

    /** Printable, short form of a sample for test names and messages. */
    public static String describe(String sample) {
        StringBuilder out = new StringBuilder("\"");
        sample.codePoints().limit(40).forEach(c -> {
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                out.append((char) c);
            } else {
                out.append(String.format(c > 0xffff ? "\\U%06x" : "\\u%04x", c));
            }
        });
        out.append('"');
        if (sample.codePointCount(0, sample.length()) > 40) {
            out.append("… (").append(sample.length()).append(" chars)");
        }
        return out.toString();
    }
}
