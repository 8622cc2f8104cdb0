package nl.sleutelnet.network;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/** The register's own lines on the timeline: registered, changed, status moves, shared with a partner. */
@Component
class RegisterTimeline implements TimelineContributor {

    private final KeyFigureEvents events;
    private final AccountService accounts;

    RegisterTimeline(KeyFigureEvents events, AccountService accounts) {
        this.events = events;
        this.accounts = accounts;
    }

    @Override
    public List<TimelineEntry> timelineOf(KeyFigureId keyFigure, int limit) {
        MunicipalityId municipality = CurrentTenant.require();
        List<KeyFigureEvents.Event> found = events.of(municipality, keyFigure, limit);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = accounts.staffOf(municipality).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
        return found.stream().map(e -> switch (e.kind()) {
            case STATUS_CHANGED -> new TimelineEntry(e.at(), "keyFigureEvent.status." + e.to().name(),
                    names.get(e.actor()), null);
            case SHARED, UNSHARED -> new TimelineEntry(e.at(), "keyFigureEvent." + e.kind().name(),
                    names.get(e.subject()), null);
            default -> new TimelineEntry(e.at(), "keyFigureEvent." + e.kind().name(), names.get(e.actor()), null);
        }).toList();
    }
}
