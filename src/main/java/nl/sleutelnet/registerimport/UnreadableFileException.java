package nl.sleutelnet.registerimport;

import java.util.List;

/** The uploaded file cannot be imported at all; the message key (with arguments) says why, in plain words. */
public class UnreadableFileException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    UnreadableFileException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    UnreadableFileException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.arguments = List.of();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
