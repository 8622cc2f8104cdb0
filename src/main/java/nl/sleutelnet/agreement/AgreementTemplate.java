package nl.sleutelnet.agreement;

import java.time.Instant;

/** A version of the municipality's agreement text in one language; version 0 is the built-in default. */
public record AgreementTemplate(String language, int version, AgreementTexts texts, Instant createdAt) {

    public java.time.LocalDateTime createdLocal() {
        return createdAt == null ? null : createdAt.atZone(Agreement.ZONE).toLocalDateTime();
    }

    public boolean isDefault() {
        return version == 0;
    }
}
