package nl.sleutelnet.organisation;

import java.util.Objects;
import java.util.UUID;

public record AffiliationId(UUID value) {

    public AffiliationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
