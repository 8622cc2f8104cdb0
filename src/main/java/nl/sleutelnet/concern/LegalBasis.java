package nl.sleutelnet.concern;

/** The legal basis on which information is shared at a handover (GDPR art. 6 or the regional covenant). */
public enum LegalBasis {
    PUBLIC_TASK,
    LEGAL_OBLIGATION,
    VITAL_INTEREST,
    SAFETY_HOUSE_COVENANT
}
