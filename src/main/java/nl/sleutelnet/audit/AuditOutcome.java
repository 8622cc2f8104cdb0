package nl.sleutelnet.audit;

public enum AuditOutcome { SUCCESS, DENIED, FAILURE }
