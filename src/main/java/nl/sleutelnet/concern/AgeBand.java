package nl.sleutelnet.concern;

/** The age of the person concerned, only ever as a band. */
public enum AgeBand {
    UNDER_12,
    AGE_12_17,
    AGE_18_23,
    AGE_24_39,
    AGE_40_PLUS,
    UNKNOWN
}
