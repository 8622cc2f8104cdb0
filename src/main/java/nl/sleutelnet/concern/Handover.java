package nl.sleutelnet.concern;

import java.time.LocalDate;

/** The metadata of a handover; the case itself lives with the receiving partner. */
public record Handover(Receiver receiver, LegalBasis legalBasis, LocalDate handedOverOn, String externalReference) {
}
