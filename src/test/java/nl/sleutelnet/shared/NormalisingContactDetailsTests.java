package nl.sleutelnet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** E-mail addresses and phone numbers are stored in one form, so that duplicates are found. */
class NormalisingContactDetailsTests {

    @Test
    void dutch_phone_numbers_written_in_every_usual_way_become_one_number() {
        for (String typed : new String[] { "06-12345678", "06 12 34 56 78", "0612345678", "+31 6 1234 5678",
                "0031 6 12345678", "+31 (0)6 12345678", "06.12.34.56.78" }) {
            assertThat(PhoneNumber.parse(typed)).as(typed).contains(new PhoneNumber("+31612345678"));
        }
        assertThat(PhoneNumber.parse("024-1234567")).contains(new PhoneNumber("+31241234567"));
        assertThat(PhoneNumber.parse("+32 470 12 34 56")).contains(new PhoneNumber("+32470123456"));
    }

    @Test
    void what_cannot_be_a_phone_number_is_refused() {
        for (String typed : new String[] { "12345", "06-1234567", "061234567890", "bel me", "06<script>", "+0612345678",
                "0".repeat(41), "+31 6 1234 56789" }) {
            assertThat(PhoneNumber.parse(typed)).as(typed).isEmpty();
            assertThat(PhoneNumber.isValid(typed)).as(typed).isFalse();
        }
        assertThat(PhoneNumber.parse("  ")).isEmpty();
        assertThat(PhoneNumber.isValid(null)).as("no number is allowed").isTrue();
    }

    @Test
    void dutch_numbers_are_shown_as_people_write_them() {
        assertThat(new PhoneNumber("+31612345678").display()).isEqualTo("06 12345678");
        assertThat(new PhoneNumber("+31241234567").display()).isEqualTo("0241234567");
        assertThat(new PhoneNumber("+32470123456").display()).isEqualTo("+32470123456");
    }

    @Test
    void e_mail_addresses_are_trimmed_and_lower_cased() {
        assertThat(EmailAddress.parse("  Samira.vanden.Berg@Voorbeeld.NL ")).contains(
                new EmailAddress("samira.vanden.berg@voorbeeld.nl"));
    }

    @Test
    void malformed_e_mail_addresses_are_refused() {
        for (String typed : new String[] { "samira", "samira@", "@voorbeeld.nl", "sa mira@voorbeeld.nl",
                "samira@voorbeeld", "samira@@voorbeeld.nl", "samira@-voorbeeld.nl", "a\u0000@voorbeeld.nl",
                "x".repeat(250) + "@voorbeeld.nl" }) {
            assertThat(EmailAddress.parse(typed)).as(typed).isEqualTo(Optional.empty());
        }
        assertThatThrownBy(() -> new EmailAddress("Samira@voorbeeld.nl")).as("only the normalised form")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
