package nl.sleutelnet.privacy;

import java.util.Base64;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The field-encryption key: 32 random bytes, base64 (e.g. {@code openssl rand -base64 32}),
 * from SLEUTELNET_ENCRYPTION_KEY. The application refuses to start without a valid one.
 */
@ConfigurationProperties("sleutelnet.encryption")
public record EncryptionProperties(String key) {

    public EncryptionProperties {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("The field-encryption key is missing. Set SLEUTELNET_ENCRYPTION_KEY to 32 "
                    + "random bytes in base64 (for example: openssl rand -base64 32).");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SLEUTELNET_ENCRYPTION_KEY is not valid base64.");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("SLEUTELNET_ENCRYPTION_KEY must be exactly 32 bytes (base64 of 32 random bytes).");
        }
    }

    byte[] keyBytes() {
        return Base64.getDecoder().decode(key.trim());
    }
}
