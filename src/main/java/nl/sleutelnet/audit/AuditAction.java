package nl.sleutelnet.audit;

/** What happened. Codes only: the audit trail never holds free text. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    SECOND_FACTOR,
    SECOND_FACTOR_FAILED,
    SECOND_FACTOR_ENROLLED,
    RECOVERY_CODE_USED,
    LOGOUT,
    ACCESS_DENIED,
    /** An API client was revoked by an administrator. */
    API_CLIENT_REVOKED,
    /** A revoked or expired API client presented its credential. */
    API_CLIENT_REFUSED,
    PASSWORD_CHANGED,
    /** Other sessions of an account were ended (after a password change). */
    SESSIONS_ENDED,
    READ,
    EXPORT,
    CREATE,
    UPDATE,
    DELETE,
    AUDIT_VERIFIED,
    STATUS_CHANGED,
    SHARED,
    UNSHARED,
    INVITED,
    INVITATION_USED,
    /** Staff administration (issue 11): the roles of an account changed. */
    ROLES_CHANGED,
    /** A role that reads content was granted; the record is the grant (who granted it: the actor). */
    CONTENT_ROLE_GRANTED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED,
    ACCOUNT_UNLOCKED,
    SECOND_FACTOR_RESET,
    END_DATE_CHANGED,
    /** An invitation to a staff account was withdrawn: its set-up links revoked, the account deactivated. */
    INVITATION_REVOKED,
    /** Key figures got another fixed contact person when theirs left. */
    CONTACT_PERSON_HANDED_OVER,
    ACCEPTED,
    CONSENT_GIVEN,
    CONSENT_WITHDRAWN,
    IMPORT,
    DOWNLOAD,
    REQUEST_FILED,
    REQUEST_HANDLED,
    APPROVED,
    APPROVAL_REFUSED,
    FEEDBACK_SENT,
    RETENTION_RUN,
    /** A set-up link for an account was issued (earlier ones revoked). */
    SETUP_LINK_ISSUED,
    /** A set-up link was used: the account's password was set. */
    SETUP_LINK_USED,
    /** A key figure asked for a sign-in link by e-mail, and the address belongs to their portal account. */
    SIGN_IN_LINK_REQUESTED,
    /** A sign-in link was used: the key figure is signed in (the LOGIN entry says so too). */
    SIGN_IN_LINK_USED,
    /** A sign-in link was opened in another browser, after its use, revocation or expiry. */
    SIGN_IN_LINK_REFUSED
}
