package nl.sleutelnet.agreement;

/** Where a version stands: accepted, waiting for the key figure, or replaced before it was accepted. */
public enum AgreementStatus { ACCEPTED, WAITING_FOR_ACCEPTANCE, SUPERSEDED }
