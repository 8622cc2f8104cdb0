package nl.sleutelnet.reciprocity;

import java.util.Objects;
import java.util.UUID;

public record ReciprocityItemId(UUID value) {

    public ReciprocityItemId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
