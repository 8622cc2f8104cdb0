package nl.sleutelnet.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.TimelineContributor;
import nl.sleutelnet.network.TimelineEntry;
import nl.sleutelnet.tenancy.CurrentTenant;

/**
 * Affiliations on the key figure's timeline. Plain ones name the organisation. One with
 * consent appears only for a coordinator, as "affiliation with consent" without any detail,
 * and is left out entirely for every other role.
 */
@Component
class AffiliationTimeline implements TimelineContributor {

    private final Affiliations affiliations;

    AffiliationTimeline(Affiliations affiliations) {
        this.affiliations = affiliations;
    }

    @Override
    public List<TimelineEntry> timelineOf(KeyFigureId keyFigure, int limit) {
        String href = "/sleutelfiguren/" + keyFigure.value() + "/organisaties";
        boolean coordinator = Viewer.maySeeSensitive();
        List<TimelineEntry> entries = new ArrayList<>();
        for (Affiliations.Row row : affiliations.of(CurrentTenant.require(), keyFigure)) {
            if (!row.sensitive()) {
                entries.add(new TimelineEntry(row.recordedAt(), "affiliation.timeline.added", row.organisationName(), href));
                if (row.endedOn() != null) {
                    entries.add(new TimelineEntry(row.endedOn().atStartOfDay(Consent.ZONE).toInstant(),
                            "affiliation.timeline.ended", row.organisationName(), href));
                }
            } else if (coordinator) {
                entries.add(new TimelineEntry(row.recordedAt(), "affiliation.timeline.consented", null, href));
                if (row.consent().withdrawn()) {
                    entries.add(new TimelineEntry(row.consent().withdrawnAt(), "affiliation.timeline.withdrawn", null,
                            href));
                }
            }
        }
        return entries.stream().sorted(Comparator.comparing(TimelineEntry::at).reversed()).limit(limit).toList();
    }
}
