package nl.sleutelnet.concern;

/** How the reporter wants to hear about progress. E-mails never carry content, only "there is news". */
public enum FeedbackChannel {
    EMAIL_AND_PORTAL,
    PORTAL_ONLY,
    CONTACT_PERSON
}
