package nl.sleutelnet.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.shared.WorkList;
import nl.sleutelnet.shared.WorkListEntry;

/**
 * Start-page lines: for a coordinator the key figures overdue for contact and due this week;
 * for a coordinator or partner professional their own overdue follow-up actions. The lines
 * differ by role, so this list still reads the user (the start page asks it only for its roles).
 */
@Component
class ContactWorkList implements WorkList {

    private static final PageRequest COUNT_ONLY = new PageRequest(1, 1);

    private final ContactService contacts;

    ContactWorkList(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.COORDINATOR, Role.PARTNER);
    }

    @Override
    public List<WorkListEntry> entries() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SleutelnetUser user)) {
            return List.of();
        }
        boolean coordinator = user.hasRole(Role.COORDINATOR);
        if (!coordinator && !user.hasRole(Role.PARTNER)) {
            return List.of();
        }
        List<WorkListEntry> entries = new ArrayList<>();
        if (coordinator) {
            entries.add(new WorkListEntry("contact.workList.overdue",
                    contacts.countOverdue(), "/contact/werklijst#te-laat", true));
            entries.add(new WorkListEntry("contact.workList.dueThisWeek",
                    contacts.dueThisWeek(false, false, COUNT_ONLY).total(), "/contact/werklijst#deze-week", false));
        }
        entries.add(new WorkListEntry("contact.workList.followUpsOverdue", contacts.myOverdueFollowUps(),
                (coordinator ? "/contact/werklijst" : "/contact/gedeeld") + "#vervolgacties", true));
        return entries;
    }
}
