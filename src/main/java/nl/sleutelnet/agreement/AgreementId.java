package nl.sleutelnet.agreement;

import java.util.Objects;
import java.util.UUID;

/** One version of a key figure's agreement. */
public record AgreementId(UUID value) {

    public AgreementId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
