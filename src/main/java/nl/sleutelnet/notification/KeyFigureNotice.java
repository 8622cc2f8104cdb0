package nl.sleutelnet.notification;

import java.util.List;
import java.util.UUID;

import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * An event that a key figure gets a notice about by e-mail, after the publisher's transaction
 * committed (ADR 0019). Implemented by the event records of other modules (a portal invitation,
 * feedback on a concern), so that this module handles them without depending on those modules.
 * The record holds ids only; the address and language are looked up when the notice is sent,
 * under the event's municipality. Subject and body are message keys; the arguments are the
 * product's own words and links, never text from a record.
 */
public interface KeyFigureNotice {

    /** The municipality whose key figure gets the notice; the lookup runs under its tenancy. */
    MunicipalityId municipality();

    /** The key figure who gets the notice (their register id). */
    UUID keyFigureId();

    /** Message key of the subject. */
    String noticeSubject();

    /** Message key of the body. */
    String noticeBody();

    /** The body's arguments in order; none by default. */
    default List<NoticeArgument> noticeArguments() {
        return List.of();
    }
}
