package nl.sleutelnet.concern;

/**
 * A handler's outcome with its rationale, as typed. For a handover also the receiver, legal basis,
 * date (ISO, default today) and the receiver's reference (optional).
 */
public record Decision(String outcome, String rationale, String receiver, String legalBasis, String handedOverOn,
        String externalReference) {

    public static Decision of(String outcome, String rationale) {
        return new Decision(outcome, rationale, null, null, null, null);
    }
}
