package nl.sleutelnet.reciprocity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import nl.sleutelnet.network.KeyFigureId;

/** One line of the ledger; explanation and outcome are decrypted texts (or null). */
public record ReciprocityItem(ReciprocityItemId id, KeyFigureId keyFigure, Direction direction, ItemKind kind,
        String title, String explanation, BigDecimal amount, ItemStatus status, String outcome, LocalDate openedOn,
        LocalDate closedOn, boolean fromPortal, Instant createdAt, Instant updatedAt, int version) {
}
