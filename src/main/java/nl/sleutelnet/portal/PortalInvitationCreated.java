package nl.sleutelnet.portal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.sleutelnet.notification.KeyFigureNotice;
import nl.sleutelnet.notification.NoticeArgument;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * A coordinator invited a key figure to the portal; the notification module mails the link
 * after the commit. The link's path holds the single-use code, so it travels sealed with field
 * encryption: the event registry's table never holds a usable code (the portal itself stores
 * only its hash). The municipality's name is the product's own word for the mail.
 */
public record PortalInvitationCreated(MunicipalityId municipality, UUID keyFigureId, String municipalityName,
        String sealedLinkPath, Instant validUntil) implements KeyFigureNotice {

    @Override
    public String noticeSubject() {
        return "portal.mail.invitation.subject";
    }

    @Override
    public String noticeBody() {
        return "portal.mail.invitation.body";
    }

    @Override
    public List<NoticeArgument> noticeArguments() {
        return List.of(NoticeArgument.text(municipalityName), NoticeArgument.sealedLink(sealedLinkPath),
                NoticeArgument.moment(validUntil));
    }
}
