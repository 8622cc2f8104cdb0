package nl.sleutelnet.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A message between handler and reporter. {@code standardText} is the municipality's status text
 * as it read when sent; {@code personalText} a handler's own line, a question, an answer or the
 * reason for a reopen request (decrypted). {@code dueOn} is the feedback deadline it answered.
 */
public record ConcernMessage(UUID id, MessageKind kind, ConcernStatus shownStatus, String standardText,
        String personalText, boolean fromReporter, UUID createdBy, Instant createdAt, LocalDate dueOn, Boolean onTime,
        Instant readAt) {
}
