package nl.sleutelnet.contact;

import java.util.Objects;
import java.util.UUID;

public record ContactMomentId(UUID value) {

    public ContactMomentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
