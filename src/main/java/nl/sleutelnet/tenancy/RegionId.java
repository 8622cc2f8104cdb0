package nl.sleutelnet.tenancy;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

public record RegionId(UUID value) implements Serializable {

    public RegionId {
        Objects.requireNonNull(value, "value");
    }

    public static RegionId of(String value) {
        return new RegionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
