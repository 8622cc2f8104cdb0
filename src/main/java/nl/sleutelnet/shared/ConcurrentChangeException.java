package nl.sleutelnet.shared;

/** Someone else changed the record after the user opened it; nothing was written. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException() {
        super("changed by someone else");
    }
}
