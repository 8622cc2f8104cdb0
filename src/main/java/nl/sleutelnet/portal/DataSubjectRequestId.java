package nl.sleutelnet.portal;

import java.util.Objects;
import java.util.UUID;

/** The id of a key figure's erasure request, as it arrives in a URL path. */
public record DataSubjectRequestId(UUID value) {

    public DataSubjectRequestId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
