package nl.sleutelnet.network.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.sleutelnet.identity.CurrentUser;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.network.ContactChannel;
import nl.sleutelnet.network.EndReason;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.network.KeyFigureTimeline;
import nl.sleutelnet.network.NetworkKind;
import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.network.Share;
import nl.sleutelnet.network.TimelineEntry;

/** What the register's form and key-figure page need besides the key figure itself. */
@Component
class RegisterViews {

    static final int TIMELINE_STEP = 20;
    static final int TIMELINE_MAX = 200;
    /** Dutch municipalities: times on the timeline in Dutch time. */
    static final java.time.ZoneId ZONE = nl.sleutelnet.shared.Times.ZONE;

    /** A link to another module's page about this key figure. */
    record ModuleLink(String labelKey, String href) {
    }

    /** A partner the key figure is shared with, by name. */
    record SharedWith(UUID account, String name, java.time.Instant sharedAt) {
    }

    private final KeyFigureService keyFigures;
    private final KeyFigureTimeline timeline;

    RegisterViews(KeyFigureService keyFigures, KeyFigureTimeline timeline) {
        this.keyFigures = keyFigures;
        this.timeline = timeline;
    }

    static boolean isCoordinator() {
        return CurrentUser.hasRole(Role.COORDINATOR);
    }

    void form(Model model, KeyFigureForm form, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("areaGroups", AreaGroups.of(keyFigures.areas()));
        model.addAttribute("kinds", keyFigures.networkKinds().stream().filter(k -> !k.sensitive() && k.active())
                .toList());
        model.addAttribute("roleTypes", RoleType.values());
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("languages", languages(locale));
        model.addAttribute("staff", keyFigures.staff().stream()
                .filter(s -> s.active() || s.id().toString().equals(form.introducedBy())).toList());
        model.addAttribute("maxNamePart", nl.sleutelnet.shared.PersonName.MAX_PART);
        model.addAttribute("maxNamePrefix", nl.sleutelnet.shared.PersonName.MAX_PREFIX);
        InputProblems.none(model);
    }

    static Map<String, String> languages(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        KeyFigureForm.LANGUAGES.forEach(code -> names.put(code, languageName(code, locale)));
        return names;
    }

    static String languageName(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() || name.equals(code) ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    Map<UUID, String> staffNames() {
        return staffNames(keyFigures.staff());
    }

    static Map<UUID, String> staffNames(List<StaffMember> staff) {
        return staff.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
    }

    /** Names by code of the municipality's network kinds, in the user's language. */
    Map<String, String> kindNames(Locale locale) {
        return keyFigures.networkKinds().stream()
                .collect(Collectors.toMap(NetworkKind::code, k -> k.name(locale), (a, b) -> a, LinkedHashMap::new));
    }

    /** The key-figure page; the read is audited. Timeline and sharing only for coordinators. */
    KeyFigure page(Model model, KeyFigureId id, int timelineLimit, Locale locale) {
        KeyFigure keyFigure = keyFigures.get(id);
        List<StaffMember> staff = keyFigures.staff();
        Map<UUID, String> staffNames = staffNames(staff);
        Set<UUID> activeStaff = staff.stream().filter(StaffMember::active).map(StaffMember::id)
                .collect(Collectors.toSet());
        boolean coordinator = isCoordinator();
        model.addAttribute("keyFigure", keyFigure);
        model.addAttribute("areaNames", keyFigures.areaNames());
        model.addAttribute("kindNames", kindNames(locale));
        model.addAttribute("staffNames", staffNames);
        model.addAttribute("languageName", languageName(keyFigure.preferredLanguage(), locale));
        model.addAttribute("coordinator", coordinator);
        boolean current = keyFigure.status() == KeyFigureStatus.ACTIVE || keyFigure.status() == KeyFigureStatus.PAUSED;
        model.addAttribute("withoutContact", current
                && (keyFigure.contactPerson() == null || !activeStaff.contains(keyFigure.contactPerson())));
        model.addAttribute("contactInactive", keyFigure.contactPerson() != null
                && !activeStaff.contains(keyFigure.contactPerson()));
        InputProblems.none(model);
        if (!coordinator) {
            return keyFigure;
        }
        List<KeyFigureStatus> next = Arrays.stream(KeyFigureStatus.values())
                .filter(s -> s != KeyFigureStatus.ENDED && keyFigure.status().canMoveTo(s)).toList();
        model.addAttribute("nextStatuses", next);
        model.addAttribute("canEnd", keyFigure.status().canMoveTo(KeyFigureStatus.ENDED));
        model.addAttribute("endReasons", EndReason.values());
        List<Share> shares = keyFigures.sharesOf(id);
        List<SharedWith> sharedWith = shares.stream()
                .map(s -> new SharedWith(s.account(), staffNames.getOrDefault(s.account(), "?"), s.sharedAt()))
                .toList();
        Set<UUID> shared = shares.stream().map(Share::account).collect(Collectors.toSet());
        model.addAttribute("shares", sharedWith);
        model.addAttribute("partners", keyFigures.partners().stream().filter(p -> !shared.contains(p.id())).toList());
        int limit = Math.max(TIMELINE_STEP, Math.min(timelineLimit, TIMELINE_MAX));
        List<TimelineEntry> entries = new ArrayList<>(timeline.of(id, limit + 1));
        boolean more = entries.size() > limit && limit < TIMELINE_MAX;
        model.addAttribute("timeline", entries.size() > limit ? entries.subList(0, limit) : entries);
        model.addAttribute("timelineMore", more ? limit + TIMELINE_STEP : null);
        String base = "/sleutelfiguren/" + id.value();
        model.addAttribute("moduleLinks", List.of(new ModuleLink("keyFigure.link.contact", base + "/contact"),
                new ModuleLink("keyFigure.link.contacts", base + "/contactmomenten"),
                new ModuleLink("keyFigure.link.agreement", base + "/afspraak"),
                new ModuleLink("keyFigure.link.reciprocity", base + "/wederkerigheid"),
                new ModuleLink("keyFigure.link.organisations", base + "/organisaties"),
                new ModuleLink("keyFigure.link.portal", base + "/portaaltoegang")));
        return keyFigure;
    }
}
