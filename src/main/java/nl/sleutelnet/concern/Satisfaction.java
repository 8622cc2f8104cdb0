package nl.sleutelnet.concern;

/** The reporter's answer to the short question at closure. */
public enum Satisfaction {
    SATISFIED,
    PARTLY,
    NOT_SATISFIED
}
