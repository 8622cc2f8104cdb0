package nl.sleutelnet.network.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.sleutelnet.network.Area;

/** The municipality's areas as wijken, each with its buurten, for grouped choices. */
final class AreaGroups {

    /** A wijk (null when a buurt's wijk is not in the list) and its buurten. */
    record Group(Area wijk, List<Area> buurten) {

        public String label() {
            return wijk == null ? "" : wijk.name() + " (" + wijk.code() + ")";
        }
    }

    private AreaGroups() {
    }

    static List<Group> of(List<Area> areas) {
        Map<String, Group> groups = new LinkedHashMap<>();
        areas.stream().filter(Area::isWijk).forEach(w -> groups.put(w.code(), new Group(w, new ArrayList<>())));
        for (Area area : areas) {
            if (!area.isWijk()) {
                groups.computeIfAbsent(area.parentCode() == null ? "" : area.parentCode(),
                        code -> new Group(null, new ArrayList<>())).buurten().add(area);
            }
        }
        return List.copyOf(groups.values());
    }
}
