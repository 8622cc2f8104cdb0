package nl.sleutelnet.concern;

/** Where the reporter's information comes from. A source is named only with that person's consent. */
public enum SourceKind {
    OWN_OBSERVATION,
    TOLD_BY_SOMEONE,
    OTHER
}
