package nl.sleutelnet.reciprocity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.TimelineContributor;
import nl.sleutelnet.network.TimelineEntry;

/** Ledger items asked, offered and closed, on the key figure's timeline (titles, never explanations). */
@Component
class ReciprocityTimeline implements TimelineContributor {

    private final ReciprocityService reciprocity;

    ReciprocityTimeline(ReciprocityService reciprocity) {
        this.reciprocity = reciprocity;
    }

    @Override
    public List<TimelineEntry> timelineOf(KeyFigureId keyFigure, int limit) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (ReciprocityItem item : reciprocity.itemsOf(keyFigure)) {
            String href = "/wederkerigheid/" + item.id().value();
            entries.add(new TimelineEntry(item.createdAt(), "reciprocity.timeline." + item.direction().name(),
                    item.title(), href));
            if (item.status().closed()) {
                entries.add(new TimelineEntry(item.updatedAt(), "reciprocity.timeline." + item.status().name(),
                        item.title(), href));
            }
        }
        return entries.stream().sorted(Comparator.comparing(TimelineEntry::at).reversed()).limit(limit).toList();
    }
}
