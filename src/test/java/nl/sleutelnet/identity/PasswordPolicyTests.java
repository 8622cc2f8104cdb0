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

    @Test
    void a_password_of_only_white_space_is_refused_whatever_its_length() {
        assertThat(policy.check(" ".repeat(20), "noor")).contains(Violation.ONLY_WHITESPACE);
        assertThat(policy.check("\t\n \u00a0\u2007\u202f\u3000".repeat(3), "noor")).contains(Violation.ONLY_WHITESPACE);
        assertThat(policy.check("   ", "noor")).contains(Violation.TOO_SHORT, Violation.ONLY_WHITESPACE);
        assertThat(policy.check("", "noor")).containsExactly(Violation.TOO_SHORT);
        assertThat(policy.check("  paarse olifant fietst  ", "noor")).isEmpty();
    }

    @Test
    void a_change_may_not_keep_the_current_password() {
        String current = "paarse olifant fietst langs de Waal";
        assertThat(policy.checkChange(current, "noor", current)).containsExactly(Violation.SAME_AS_CURRENT);
        assertThat(policy.checkChange(current + ".", "noor", current)).isEmpty();
        assertThat(policy.checkChange(current, "noor", null)).isEmpty();
        assertThat(policy.check(current, "noor")).as("creating an account has no current password").isEmpty();
    }
}
