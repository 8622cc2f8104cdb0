package nl.sleutelnet.notification;

import java.time.Instant;
import java.util.Objects;

/** One argument of a {@link KeyFigureNotice}'s body, turned into text when the notice is sent. */
public record NoticeArgument(Kind kind, String value) {

    public enum Kind {
        /** The product's own words, e.g. a municipality's name. */
        TEXT,
        /** A path under the configured base URL ({@code sleutelnet.mail.base-url}), e.g. "/portaal". */
        LINK,
        /** A path sealed with {@code FieldEncryption} (it holds a secret, e.g. an invitation code), opened only to send. */
        SEALED_LINK,
        /** An instant (ISO-8601), written as date and time in the recipient's language, in Europe/Amsterdam. */
        MOMENT
    }

    public NoticeArgument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static NoticeArgument text(String text) {
        return new NoticeArgument(Kind.TEXT, text);
    }

    public static NoticeArgument link(String path) {
        return new NoticeArgument(Kind.LINK, path);
    }

    public static NoticeArgument sealedLink(String sealedPath) {
        return new NoticeArgument(Kind.SEALED_LINK, sealedPath);
    }

    public static NoticeArgument moment(Instant at) {
        return new NoticeArgument(Kind.MOMENT, at.toString());
    }
}
