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
    KEY_FIGURE,
    /**
     * Functional management of the installation: regions, municipalities and their first
     * administrators. Belongs to no municipality or region and holds no other role, so it
     * reaches no content of any municipality (only the routes under {@code /platform}).
     */
    PLATFORM_ADMINISTRATOR;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this != KEY_FIGURE;
    }
}
