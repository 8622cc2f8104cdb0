package nl.sleutelnet.contact;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the coordination view marks a key figure as having had "veel contact" in a period: more
 * than {@code manyContacts} contacts, or more than {@code manyPeople} different people. A signal
 * about the key figure's workload for the municipality to coordinate, not about the person.
 * The default period is the last {@code defaultPeriodMonths} months.
 */
@ConfigurationProperties("sleutelnet.contact")
public record ContactProperties(@DefaultValue("6") int manyContacts, @DefaultValue("3") int manyPeople,
        @DefaultValue("3") int defaultPeriodMonths) {

    public ContactProperties {
        if (manyContacts < 1 || manyPeople < 1 || defaultPeriodMonths < 1 || defaultPeriodMonths > 60) {
            throw new IllegalArgumentException("sleutelnet.contact.* must be positive (default period at most 60 months)");
        }
    }
}
