package nl.sleutelnet.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long an account set-up link stays valid ({@code sleutelnet.account-setup.link-validity}):
 * short, as whoever holds the link chooses the account's password. Default 48 hours.
 */
@ConfigurationProperties("sleutelnet.account-setup")
public record AccountSetupProperties(Duration linkValidity) {

    public AccountSetupProperties {
        if (linkValidity == null || linkValidity.isNegative() || linkValidity.isZero()) {
            linkValidity = Duration.ofHours(48);
        }
    }
}
