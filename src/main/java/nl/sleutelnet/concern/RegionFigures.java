package nl.sleutelnet.concern;

import java.util.List;

/** The dashboard figures of each municipality of a region, and of the region as a whole. */
public record RegionFigures(String region, List<Local> municipalities, ConcernFigures total) {

    public record Local(String municipality, ConcernFigures figures) {
    }

    public RegionFigures {
        municipalities = List.copyOf(municipalities);
    }
}
