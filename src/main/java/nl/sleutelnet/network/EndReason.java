package nl.sleutelnet.network;

/** Why the cooperation ended, as a code: the exit conversation itself is not recorded as text. */
public enum EndReason { MOVED, NO_TIME, ROLE_FULFILLED, COOPERATION_ENDED, DECEASED, OTHER }
