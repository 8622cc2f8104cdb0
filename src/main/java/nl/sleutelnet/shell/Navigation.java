package nl.sleutelnet.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.sleutelnet.identity.NavigationEntry;
import nl.sleutelnet.identity.NavigationGroup;

/**
 * The navigation as the layout shows it: the bar (links of {@link NavigationGroup#MAIN} and one menu
 * per other group; a group with one link shows that link; the start page lists the same groups) and
 * the account links beside the user's name. Exactly one link is current: the one whose href is the page's
 * path or the longest prefix of it.
 */
public record Navigation(List<Group> bar, List<Item> account) {

    /** A link; {@code current} marks the page the user is on. */
    public record Item(String labelKey, String href, boolean current) {
    }

    /** A group of links; {@code labelKey} is null for the links of the bar itself. */
    public record Group(String id, String labelKey, List<Item> items) {

        /** Shown as a menu in the bar (a labelled group with more than one link). */
        public boolean menu() {
            return labelKey != null && items.size() > 1;
        }

        public boolean current() {
            return items.stream().anyMatch(Item::current);
        }
    }

    static Navigation of(List<NavigationEntry> entries, String path) {
        String current = entries.stream().map(NavigationEntry::href)
                .filter(href -> path.equals(href) || path.startsWith(href + "/"))
                .max(Comparator.comparingInt(String::length)).orElse(null);
        Map<NavigationGroup, List<Item>> grouped = new LinkedHashMap<>();
        for (NavigationEntry entry : entries) {
            grouped.computeIfAbsent(entry.group(), g -> new ArrayList<>())
                    .add(new Item(entry.labelKey(), entry.href(), entry.href().equals(current)));
        }
        List<Group> bar = new ArrayList<>();
        List<Item> account = List.of();
        for (Map.Entry<NavigationGroup, List<Item>> group : grouped.entrySet()) {
            NavigationGroup key = group.getKey();
            if (Objects.equals(key, NavigationGroup.ACCOUNT)) {
                account = List.copyOf(group.getValue());
            } else {
                bar.add(new Group(key.id(), key.labelKey(), List.copyOf(group.getValue())));
            }
        }
        return new Navigation(List.copyOf(bar), account);
    }

    /** Whether there is anything to show in the bar. */
    public boolean empty() {
        return bar.isEmpty();
    }
}
