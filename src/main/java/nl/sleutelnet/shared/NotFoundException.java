package nl.sleutelnet.shared;

/**
 * A record does not exist for the current tenant. Thrown alike for ids that do not exist
 * and ids of another municipality, so that neither can be told apart (answered with 404).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String recordType) {
        super(recordType + " not found");
    }

    /** Whether a not-found lies under the given failure, e.g. a path segment that is no valid id. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NotFoundException) {
                return true;
            }
        }
        return false;
    }
}
