package nl.sleutelnet.concern;

import java.util.List;

/** Everything a handler sees when opening a concern: the concern, the messages with the reporter, the steps. */
public record ConcernFile(Concern concern, List<ConcernMessage> messages, List<ConcernEvent> events) {
}
