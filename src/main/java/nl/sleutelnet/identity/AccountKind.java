package nl.sleutelnet.identity;

public enum AccountKind { STAFF, KEY_FIGURE }
