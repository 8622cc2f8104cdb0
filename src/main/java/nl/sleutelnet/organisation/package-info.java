/**
 * Organisations in the municipality (associations, clubs, foundations, faith-based ones, never
 * with a member list), a key figure's affiliations with them (an affiliation that reveals a
 * belief only with recorded consent, stored encrypted) and the network settings page, where a
 * municipality keeps its network kinds and its areas. Depends on {@code network} through its
 * public API only: the kinds and areas are {@code network}'s tables, changed through
 * {@code NetworkLists} (ADR 0021). See {@code docs/organisations.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package nl.sleutelnet.organisation;
