package nl.sleutelnet.concern;

import java.time.Instant;
import java.util.List;

/**
 * The dashboard figures of each municipality of a region, and of the region as a whole;
 * {@code asOf} is when the oldest of them was computed.
 */
public record RegionFigures(String region, List<Local> municipalities, ConcernFigures total, Instant asOf) {

    public record Local(String municipality, ConcernFigures figures) {
    }

    public RegionFigures {
        municipalities = List.copyOf(municipalities);
    }
}
