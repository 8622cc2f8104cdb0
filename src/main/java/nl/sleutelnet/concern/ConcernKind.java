package nl.sleutelnet.concern;

/** A concern about a (pseudonymous) person, or anonymous advice that refers to no person at all. */
public enum ConcernKind {
    CONCERN,
    ADVICE
}
