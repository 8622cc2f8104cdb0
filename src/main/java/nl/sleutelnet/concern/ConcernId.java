package nl.sleutelnet.concern;

import java.util.UUID;

public record ConcernId(UUID value) {

    public ConcernId {
        if (value == null) {
            throw new IllegalArgumentException("concern id is required");
        }
    }
}
