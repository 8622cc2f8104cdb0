package nl.sleutelnet.network;

import java.util.Objects;
import java.util.UUID;

public record KeyFigureId(UUID value) {

    public KeyFigureId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
