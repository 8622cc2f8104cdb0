package nl.sleutelnet.concern;

/** A message between handler and reporter. Answers and reopen requests come from the reporter. */
public enum MessageKind {
    STATUS,
    QUESTION,
    ANSWER,
    REOPEN_REQUEST;

    public boolean fromReporter() {
        return this == ANSWER || this == REOPEN_REQUEST;
    }
}
