package nl.sleutelnet.portal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.sleutelnet.notification.KeyFigureNotice;
import nl.sleutelnet.notification.NoticeArgument;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * A key figure asked for a sign-in link; the notification module mails it after the commit, in the
 * key figure's language. The link's path holds the token, so it travels sealed with field encryption
 * (identity stores only its hash). The mail says the link and how long it works, nothing else.
 */
public record SignInLinkIssued(MunicipalityId municipality, UUID keyFigureId, String sealedLinkPath,
        Instant validUntil) implements KeyFigureNotice {

    @Override
    public String noticeSubject() {
        return "portal.mail.signInLink.subject";
    }

    @Override
    public String noticeBody() {
        return "portal.mail.signInLink.body";
    }

    @Override
    public List<NoticeArgument> noticeArguments() {
        return List.of(NoticeArgument.sealedLink(sealedLinkPath), NoticeArgument.moment(validUntil));
    }
}
