package nl.sleutelnet.portal;

import java.util.Objects;
import java.util.UUID;

/** The id of a key figure's correction request, as it arrives in a URL path. */
public record CorrectionRequestId(UUID value) {

    public CorrectionRequestId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
