package nl.sleutelnet.shared;

import java.util.UUID;

/** Ids as they arrive in a URL path. */
public final class PathIds {

    private PathIds() {
    }

    /** The id; a malformed one is answered exactly like an unknown one: not found (404). */
    public static UUID uuid(String id, String recordType) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException(recordType);
        }
    }
}
