package nl.sleutelnet.contact;

/** An open follow-up action with the name of the key figure it concerns. */
public record OpenFollowUp(FollowUpAction action, String keyFigureName) {
}
