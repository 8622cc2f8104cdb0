package nl.sleutelnet.concern;

import java.util.List;
import java.util.UUID;

import nl.sleutelnet.notification.KeyFigureNotice;
import nl.sleutelnet.notification.NoticeArgument;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The municipality sent the reporter (a key figure who chose e-mail and portal) news about their
 * concern. Publish it in the step's transaction; the notification module mails a notice without
 * content (there is news; log in to read it) after the commit, and not at all when the step
 * rolls back. Ids only: no concern content, no address.
 */
public record ConcernFeedbackSent(MunicipalityId municipality, ConcernId concern, UUID keyFigureId)
        implements KeyFigureNotice {

    @Override
    public String noticeSubject() {
        return "concern.mail.news.subject";
    }

    @Override
    public String noticeBody() {
        return "concern.mail.news.body";
    }

    @Override
    public List<NoticeArgument> noticeArguments() {
        return List.of(NoticeArgument.link("/portaal"));
    }
}
