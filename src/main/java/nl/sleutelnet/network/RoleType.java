package nl.sleutelnet.network;

/** The roles a key figure can take in the cooperation, as the regional study names them. */
public enum RoleType { CONNECTOR, REPRESENTATIVE, DOER, CRITICAL_THINKER }
