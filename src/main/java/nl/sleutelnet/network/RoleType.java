package nl.sleutelnet.network;

/**
 * The kind of standing a key figure has in a community. Deliberately no category that
 * reveals a belief: such affiliations need consent and encryption (a later issue).
 */
public enum RoleType { YOUTH_WORK, SPORTS, CULTURE, PARENTS, NEIGHBOURHOOD, EDUCATION, WELFARE, ENTREPRENEUR, OTHER }
