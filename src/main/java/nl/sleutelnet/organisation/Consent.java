package nl.sleutelnet.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The recorded explicit consent for an affiliation that reveals a belief; kept after withdrawal as proof. */
public record Consent(int textVersion, LocalDate givenOn, ConsentMethod method, Instant withdrawnAt) {

    static final ZoneId ZONE = nl.sleutelnet.shared.Times.ZONE;

    public LocalDate withdrawnOn() {
        return withdrawnAt == null ? null : LocalDate.ofInstant(withdrawnAt, ZONE);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
