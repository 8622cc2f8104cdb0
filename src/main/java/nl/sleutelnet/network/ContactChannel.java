package nl.sleutelnet.network;

/** How a key figure prefers to be reached. */
public enum ContactChannel { PHONE, EMAIL, IN_PERSON, MESSAGING }
