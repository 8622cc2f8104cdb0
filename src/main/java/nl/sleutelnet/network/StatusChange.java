package nl.sleutelnet.network;

import java.time.LocalDate;

/**
 * A move in the lifecycle as the coordinator asks for it. Ending needs a reason code and either
 * the date of the exit conversation or the explicit statement that there was none; the
 * conversation itself is not recorded. {@code version} is the one the coordinator saw.
 */
public record StatusChange(KeyFigureStatus target, int version, EndReason endReason, LocalDate exitConversationOn,
        boolean noExitConversation) {

    public static StatusChange to(KeyFigureStatus target, int version) {
        return new StatusChange(target, version, null, null, false);
    }
}
