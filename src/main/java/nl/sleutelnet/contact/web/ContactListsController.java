package nl.sleutelnet.contact.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.contact.ContactLoad;
import nl.sleutelnet.contact.ContactSearch;
import nl.sleutelnet.contact.ContactService;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.PageRequest;

/** The coordinator's rhythm work list and coordination view; the partner's shared key figures. */
@Controller
class ContactListsController {

    static final int MAX_PERIOD_YEARS = 5;

    private final ContactService contacts;

    ContactListsController(ContactService contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/contact/werklijst")
    String workList(@RequestParam(name = "alleenMijn", required = false) String onlyMine,
            @RequestParam(name = "sorteer", required = false) String sort,
            @RequestParam(name = "pagina", required = false) String page,
            @RequestParam(name = "paginaWeek", required = false) String weekPage,
            @RequestParam(name = "paginaActies", required = false) String actionsPage, Model model) {
        boolean mine = "ja".equals(onlyMine);
        boolean byName = "naam".equals(sort);
        model.addAttribute("onlyMine", mine);
        model.addAttribute("sort", byName ? "naam" : "volgend");
        model.addAttribute("today", contacts.today());
        model.addAttribute("overdue", contacts.overdue(mine, byName, PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
        model.addAttribute("dueThisWeek", contacts.dueThisWeek(mine, byName,
                PageRequest.of(weekPage, PageRequest.DEFAULT_SIZE)));
        model.addAttribute("followUps", contacts.myOpenFollowUps(PageRequest.of(actionsPage, PageRequest.DEFAULT_SIZE)));
        model.addAttribute("staff", contacts.staffById());
        return "contact/work-list";
    }

    @GetMapping("/contact/afstemming")
    String coordination(@RequestParam(name = "van", required = false) String from,
            @RequestParam(name = "tot", required = false) String to,
            @RequestParam(name = "sorteer", required = false) String sort,
            @RequestParam(name = "pagina", required = false) String page, Model model, HttpServletResponse response) {
        LocalDate today = contacts.today();
        String fromText = blank(from) ? today.minusMonths(contacts.settings().defaultPeriodMonths()).toString()
                : from.strip();
        String toText = blank(to) ? today.toString() : to.strip();
        ContactLoad.Sort order = switch (sort == null ? "" : sort) {
            case "contacten" -> ContactLoad.Sort.CONTACTS;
            case "laatste" -> ContactLoad.Sort.LAST_CONTACT;
            default -> ContactLoad.Sort.NAME;
        };
        model.addAttribute("from", fromText.length() > 10 ? "" : fromText);
        model.addAttribute("to", toText.length() > 10 ? "" : toText);
        model.addAttribute("sort", order == ContactLoad.Sort.CONTACTS ? "contacten"
                : order == ContactLoad.Sort.LAST_CONTACT ? "laatste" : "naam");
        model.addAttribute("settings", contacts.settings());
        ContactSearch period = new ContactSearch(null, fromText, toText, null);
        List<FieldProblem> problems = new ArrayList<>(period.problems());
        if (problems.isEmpty() && period.from().plusYears(MAX_PERIOD_YEARS).isBefore(period.to())) {
            problems.add(new FieldProblem("van", "contact.period.tooLong"));
        }
        if (!problems.isEmpty()) {
            InputProblems.refuse(model, problems, response::setStatus);
            return "contact/coordination";
        }
        model.addAttribute("fromDate", period.from());
        model.addAttribute("toDate", period.to());
        model.addAttribute("page", contacts.coordination(period.from(), period.to(), order,
                PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
        return "contact/coordination";
    }

    @GetMapping("/contact/gedeeld")
    String shared(@RequestParam(name = "pagina", required = false) String page,
            @RequestParam(name = "paginaActies", required = false) String actionsPage, Model model) {
        model.addAttribute("today", contacts.today());
        model.addAttribute("page", contacts.sharedWithMe(PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
        model.addAttribute("followUps", contacts.myOpenFollowUps(PageRequest.of(actionsPage, PageRequest.DEFAULT_SIZE)));
        return "contact/shared";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
