package nl.sleutelnet.identity;

/** Roles of staff accounts, and the one role of key-figure (portal) accounts. */
public enum Role {
    ADMINISTRATOR,
    COORDINATOR,
    CONCERN_HANDLER,
    PARTNER,
    ANALYST,
    RESEARCHER,
    PRIVACY_OFFICER,
    KEY_FIGURE;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this != KEY_FIGURE;
    }
}
