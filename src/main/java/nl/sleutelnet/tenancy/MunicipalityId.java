package nl.sleutelnet.tenancy;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

public record MunicipalityId(UUID value) implements Serializable {

    public MunicipalityId {
        Objects.requireNonNull(value, "value");
    }

    public static MunicipalityId of(String value) {
        return new MunicipalityId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
