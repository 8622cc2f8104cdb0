package nl.sleutelnet.registerimport;

import java.util.Objects;
import java.util.UUID;

/** The id of an import batch, as it arrives in a URL path. */
public record ImportBatchId(UUID value) {

    public ImportBatchId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
