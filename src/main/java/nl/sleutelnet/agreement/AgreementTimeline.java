package nl.sleutelnet.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.TimelineContributor;
import nl.sleutelnet.network.TimelineEntry;

/** Agreement versions created and accepted, and a review that is due, on the key figure's timeline. */
@Component
class AgreementTimeline implements TimelineContributor {

    private final AgreementService agreements;
    private final Clock clock;

    AgreementTimeline(AgreementService agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    @Override
    public List<TimelineEntry> timelineOf(KeyFigureId keyFigure, int limit) {
        List<TimelineEntry> entries = new ArrayList<>();
        String href = "/sleutelfiguren/" + keyFigure.value() + "/afspraak";
        List<Agreement> versions = agreements.versions(keyFigure);
        for (Agreement a : versions) {
            String detail = "v" + a.version();
            entries.add(new TimelineEntry(a.createdAt(), "agreement.timeline.created", detail, href));
            if (a.accepted()) {
                entries.add(new TimelineEntry(a.acceptedAt(), "agreement.timeline.accepted", detail, href));
            }
        }
        if (!versions.isEmpty()) {
            Agreement latest = versions.get(0);
            LocalDate today = LocalDate.now(clock);
            if (!latest.reviewOn().isAfter(today.plusDays(AgreementService.REVIEW_WINDOW_DAYS))) {
                entries.add(new TimelineEntry(latest.reviewOn().atStartOfDay(clock.getZone()).toInstant(),
                        "agreement.timeline.reviewDue", "v" + latest.version(), href));
            }
        }
        return entries.stream().sorted(Comparator.comparing(TimelineEntry::at).reversed()).limit(limit).toList();
    }
}
