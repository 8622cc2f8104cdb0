package nl.sleutelnet.concern;

import java.time.Instant;
import java.util.List;

/**
 * A concern as its reporter sees it: the status meant for them and the messages between them and
 * the handler. Nothing about the handling or the person concerned.
 */
public record ReporterConcern(ConcernId id, String reference, ConcernKind kind, ConcernStatus status,
        Instant receivedAt, List<ConcernMessage> messages, boolean questionOpen, boolean canRate,
        Satisfaction satisfaction, boolean canRequestReopen) {
}
