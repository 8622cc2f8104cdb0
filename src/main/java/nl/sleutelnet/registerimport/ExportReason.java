package nl.sleutelnet.registerimport;

/** Why the register is exported: a code from a fixed list, because the audit trail holds no free text. */
public enum ExportReason {
    MAILING_INVITATION, ANNUAL_OVERVIEW, HANDOVER_TO_COLLEAGUE, DATA_SUBJECT_REQUEST, OTHER
}
