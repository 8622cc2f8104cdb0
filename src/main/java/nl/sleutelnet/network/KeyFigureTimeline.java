package nl.sleutelnet.network;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * One timeline of everything recorded about a key figure, newest first, from every module
 * that contributes (contacts, agreements, reciprocity, and the register's own events).
 */
@Component
public class KeyFigureTimeline {

    private final List<TimelineContributor> contributors;

    KeyFigureTimeline(List<TimelineContributor> contributors) {
        this.contributors = contributors;
    }

    /** At most {@code limit} entries; ask one more than you show to know whether there is more. */
    public List<TimelineEntry> of(KeyFigureId keyFigure, int limit) {
        return contributors.stream().flatMap(c -> c.timelineOf(keyFigure, limit).stream())
                .sorted(Comparator.comparing(TimelineEntry::at).reversed())
                .limit(limit)
                .toList();
    }
}
