package nl.sleutelnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.sleutelnet.identity.PasswordPolicy.Violation;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_long_uncommon_passphrase_passes() {
        assertThat(policy.check("paarse olifant fietst langs de Waal", "noor@maasoever.nl")).isEmpty();
    }

    @Test
    void fewer_than_twelve_characters_is_too_short() {
        assertThat(policy.check("Kort-1!", "noor")).contains(Violation.TOO_SHORT);
        assertThat(policy.check(null, "noor")).contains(Violation.TOO_SHORT);
        assertThat(policy.check("elf tekens!", "noor")).contains(Violation.TOO_SHORT);
        assertThat(policy.check("twaalftekens", "noor")).doesNotContain(Violation.TOO_SHORT);
    }

    @Test
    void characters_are_counted_not_utf16_units() {
        assertThat(policy.check("😀😀😀😀😀😀", "noor")).contains(Violation.TOO_SHORT);
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        assertThat(policy.check("1qaz2wsx3edc", "noor")).contains(Violation.COMMON);
        assertThat(policy.check("Wachtwoord123", "noor")).contains(Violation.COMMON);
    }

    @Test
    void the_user_name_may_not_be_part_of_the_password() {
        assertThat(policy.check("mijn-naam-is-noorderlicht", "noorderlicht")).contains(Violation.CONTAINS_USERNAME);
    }

    @Test
    void more_than_128_characters_is_too_long() {
        assertThat(policy.check("a".repeat(129), "noor")).contains(Violation.TOO_LONG);
    }
}
