package nl.sleutelnet.portal;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long an invitation link stays valid, and the deadline for answering a data-subject
 * request (GDPR art. 12(3): one month).
 */
@ConfigurationProperties("sleutelnet.portal")
public record PortalProperties(Duration invitationValidity, Period requestDeadline) {

    public PortalProperties {
        if (invitationValidity == null || invitationValidity.isNegative() || invitationValidity.isZero()) {
            invitationValidity = Duration.ofDays(7);
        }
        if (requestDeadline == null || requestDeadline.isNegative() || requestDeadline.isZero()) {
            requestDeadline = Period.ofMonths(1);
        }
    }
}
