package nl.sleutelnet.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class FieldEncryptionTests {

    private static String key(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
    }

    private final FieldEncryption encryption = new FieldEncryption(new EncryptionProperties(key('a')));

    @Test
    void a_value_round_trips_and_never_encrypts_the_same_way_twice() {
        String first = encryption.encrypt("Zorg over de buurt, gedeeld op 3 maart");
        String second = encryption.encrypt("Zorg over de buurt, gedeeld op 3 maart");
        assertThat(first).startsWith("v1:").isNotEqualTo(second).doesNotContain("buurt");
        assertThat(encryption.decrypt(first)).isEqualTo("Zorg over de buurt, gedeeld op 3 maart");
    }

    @Test
    void a_changed_ciphertext_or_another_key_cannot_decrypt() {
        String sealed = encryption.encrypt("geheim");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> encryption.decrypt(tampered)).isInstanceOf(IllegalArgumentException.class);
        var other = new FieldEncryption(new EncryptionProperties(key('b')));
        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_application_refuses_a_missing_or_weak_key_with_a_clear_message() {
        assertThatThrownBy(() -> new EncryptionProperties(null)).hasMessageContaining("SLEUTELNET_ENCRYPTION_KEY");
        assertThatThrownBy(() -> new EncryptionProperties(" ")).hasMessageContaining("SLEUTELNET_ENCRYPTION_KEY");
        assertThatThrownBy(() -> new EncryptionProperties("kort")).hasMessageContaining("SLEUTELNET_ENCRYPTION_KEY");
        assertThatThrownBy(() -> new EncryptionProperties(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }
}
