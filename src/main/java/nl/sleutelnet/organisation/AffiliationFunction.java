package nl.sleutelnet.organisation;

/** What a key figure does in an organisation, as a code. */
public enum AffiliationFunction { BOARD_MEMBER, VOLUNTEER, MEMBER, STAFF, FOUNDER, OTHER }
