package nl.sleutelnet.organisation;

/** How a key figure gave explicit consent. */
public enum ConsentMethod { PORTAL, IN_WRITING, IN_PERSON }
