package nl.sleutelnet.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a key figure's sign-in link stays valid ({@code sleutelnet.sign-in-link.validity}):
 * short, as whoever holds the link (and the browser that asked) is signed in. Default 15 minutes.
 */
@ConfigurationProperties("sleutelnet.sign-in-link")
public record SignInLinkProperties(Duration validity) {

    public SignInLinkProperties {
        if (validity == null || validity.isNegative() || validity.isZero()) {
            validity = Duration.ofMinutes(15);
        }
    }
}
