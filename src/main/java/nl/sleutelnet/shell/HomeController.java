package nl.sleutelnet.shell;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.sleutelnet.identity.AccountKind;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.shared.WorkList;
import nl.sleutelnet.shared.WorkListEntry;

/** Where a user lands after login: the staff start page, or (for key figures) the portal module's home. */
@Controller
class HomeController {

    private final KeyFigureService keyFigures;
    private final List<WorkList> workLists;
    private final TransactionTemplate reading;

    HomeController(KeyFigureService keyFigures, List<WorkList> workLists, PlatformTransactionManager transactions) {
        this.keyFigures = keyFigures;
        this.workLists = workLists;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SleutelnetUser user) {
        if (user.hasRole(Role.PLATFORM_ADMINISTRATOR)) {
            return "redirect:/platform";
        }
        return user.kind() == AccountKind.KEY_FIGURE ? "redirect:/portaal" : "redirect:/start";
    }

    @GetMapping("/start")
    String start(@AuthenticationPrincipal SleutelnetUser user, Model model) {
        model.addAttribute("roles", user.roles());
        // A dozen counts from every module: one connection and transaction for all of them
        // instead of one each. The session is loaded before and saved after, outside it.
        reading.executeWithoutResult(status -> {
            model.addAttribute("workList", workLists.stream().filter(w -> isFor(w, user)).flatMap(w -> w.entries().stream())
                    .filter(e -> e.count() > 0)
                    .sorted(Comparator.comparing(WorkListEntry::overdue).reversed())
                    .toList());
            if (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.CONCERN_HANDLER)) {
                model.addAttribute("keyFigureCount", keyFigures.count());
            }
        });
        return "shell/start";
    }

    /** Work lists answer in a municipality, for users with one of their roles. */
    private static boolean isFor(WorkList workList, SleutelnetUser user) {
        return user.municipality().isPresent() && workList.roles().stream().anyMatch(user.roles()::contains)
                && workList.notFor().stream().noneMatch(user.roles()::contains);
    }
}
