package nl.sleutelnet.contact;

import java.util.Objects;
import java.util.UUID;

public record FollowUpActionId(UUID value) {

    public FollowUpActionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
