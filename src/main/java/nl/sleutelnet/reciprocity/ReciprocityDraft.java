package nl.sleutelnet.reciprocity;

/**
 * A new ledger item or a change, as typed (form or API): enums, amount and date as text, so
 * that each unreadable value becomes a field problem instead of an error.
 */
public record ReciprocityDraft(String direction, String kind, String title, String explanation, String amount,
        String openedOn, String status, String outcome) {
}
