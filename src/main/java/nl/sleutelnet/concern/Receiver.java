package nl.sleutelnet.concern;

/** Who a concern is handed over to. */
public enum Receiver {
    /** The weegploeg: municipality, police and public prosecutor. */
    TRIAGE_TEAM,
    /** The regional Zorg- en Veiligheidshuis case conference. */
    SAFETY_HOUSE,
    POLICE
}
