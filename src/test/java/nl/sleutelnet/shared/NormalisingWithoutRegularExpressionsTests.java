package nl.sleutelnet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nl.sleutelnet.HostileInput;

/**
 * Folding names and reading phone numbers take shortcuts for plain text (an import does it
 * 100,000 times): they must answer exactly what the regular expressions they replace answer.
 */
class NormalisingWithoutRegularExpressionsTests {

    private static final List<String> ORDINARY = List.of("Samira", "van den Berg", "V.d. Berg", "'t Hart", "Öztürk",
            "  Jan   Peter ", "Jan\tPeter", "Zeynep-Yıldız", "El Amrani", "0612345678", "06-1234 5678",
            "+31 (0)6 12345678", "0031 6 12345678", "(0)", " + ", "06.12.34.56.78", "06/12345678", "06_12345678", "");

    @TestFactory
    Stream<DynamicTest> foldingAndCleaningANameAnswerAsTheRegularExpressions() {
        HostileInput input = HostileInput.forTest("foldingAndCleaningANameAnswerAsTheRegularExpressions");
        return input.tests(samples(input), sample -> {
            assertThat(PersonName.fold(sample)).isEqualTo(referenceFold(sample));
            String cleaned = referenceClean(sample);
            if (cleaned != null && cleaned.length() <= PersonName.MAX_PART && cleaned.chars().noneMatch(Character::isISOControl)) {
                assertThat(new PersonName(sample, null, "X").givenName()).isEqualTo(cleaned);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> readingAPhoneNumberAnswersAsTheRegularExpressions() {
        HostileInput input = HostileInput.forTest("readingAPhoneNumberAnswersAsTheRegularExpressions");
        return input.tests(samples(input), sample -> assertThat(PhoneNumber.parse(sample)).isEqualTo(referenceParse(sample)));
    }

    private static List<String> samples(HostileInput input) {
        List<String> samples = new ArrayList<>(ORDINARY);
        samples.addAll(input.samples(200));
        return samples;
    }

    private static String referenceFold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String referenceClean(String s) {
        String stripped = s.strip().replaceAll("\\s+", " ");
        return stripped.isEmpty() ? null : stripped;
    }

    private static Optional<PhoneNumber> referenceParse(String input) {
        if (input == null || input.isBlank() || input.length() > 40) {
            return Optional.empty();
        }
        String s = input.strip().replace("(0)", "");
        if (!s.matches("[+0-9 ()./-]+")) {
            return Optional.empty();
        }
        String digits = s.replaceAll("[^0-9]", "");
        String international;
        if (s.startsWith("+")) {
            international = "+" + digits;
        } else if (digits.startsWith("00")) {
            international = "+" + digits.substring(2);
        } else if (digits.startsWith("0") && digits.length() == 10) {
            international = "+31" + digits.substring(1);
        } else {
            return Optional.empty();
        }
        if (international.startsWith("+31") && international.length() != 12) {
            return Optional.empty();
        }
        return international.matches("\\+[1-9][0-9]{7,14}") ? Optional.of(new PhoneNumber(international))
                : Optional.empty();
    }
}
