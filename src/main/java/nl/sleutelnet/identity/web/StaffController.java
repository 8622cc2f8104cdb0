package nl.sleutelnet.identity.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.StaffAccount;
import nl.sleutelnet.identity.StaffAdministration;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.identity.StaffSearch;
import nl.sleutelnet.shared.Codes;
import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.PageRequest;

/**
 * The administrator's staff list and the page per account, with one small form per change. Every
 * form carries the account's version: a missing or stale one changes nothing (409). Refused input
 * answers 400 with the page and the reason in Dutch.
 */
@Controller
class StaffController {

    private static final String LIST = "identity/staff-list";
    private static final String MEMBER = "identity/staff-member";
    private static final String INVITE = "identity/staff-invite";
    private static final String BASE = "/beheer/gebruikers";

    private final StaffAdministration staff;

    StaffController(StaffAdministration staff) {
        this.staff = staff;
    }

    @ModelAttribute("grantableRoles")
    List<Role> grantableRoles() {
        return StaffAdministration.GRANTABLE.stream().sorted().toList();
    }

    @ModelAttribute("maxQuery")
    int maxQuery() {
        return StaffSearch.MAX_QUERY;
    }

    @GetMapping(BASE)
    String list(@RequestParam(name = "zoek", required = false) String query,
            @RequestParam(name = "rol", required = false) String role,
            @RequestParam(name = "actief", required = false) String usable,
            @RequestParam(name = "tweedeFactor", required = false) String secondFactor,
            @RequestParam(name = "aangemeld", required = false) String signedIn,
            @RequestParam(name = "pagina", required = false) String page, Model model, HttpServletResponse response) {
        StaffSearch criteria = StaffSearch.of(query, role, usable, secondFactor, signedIn);
        model.addAttribute("filter", new Filter(criteria.problems().isEmpty() ? criteria.query() : "",
                codeOrEmpty(criteria.role()), yesNo(criteria.usable()), yesNo(criteria.secondFactor()),
                codeOrEmpty(criteria.signedIn())));
        model.addAttribute("signedInChoices", StaffSearch.SignedIn.values());
        model.addAttribute("staffRoles", StaffAdministration.MUNICIPAL_ROLES.stream().sorted().toList());
        model.addAttribute("today", staff.today());
        if (criteria.hasProblems()) {
            InputProblems.refuse(model, criteria.problems(), response::setStatus);
            return LIST;
        }
        InputProblems.none(model);
        model.addAttribute("page", staff.search(criteria, PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
        return LIST;
    }

    /** The filter as the form and the paging links repeat it (only accepted values). */
    record Filter(String query, String role, String usable, String secondFactor, String signedIn) {
    }

    @GetMapping(BASE + "/uitnodigen")
    String inviteForm(Model model) {
        InputProblems.none(model);
        return inviteForm(model, new StaffAdministration.Invitation("", "", List.of(), ""));
    }

    @PostMapping(BASE + "/uitnodigen")
    String invite(@RequestParam(name = "naam", required = false) String name,
            @RequestParam(name = "email", required = false) String email,
            @RequestParam(name = "rollen", required = false) List<String> roles,
            @RequestParam(name = "einddatum", required = false) String endDate, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        StaffAdministration.Invitation invitation = new StaffAdministration.Invitation(name, email, roles, endDate);
        try {
            UUID id = staff.invite(invitation);
            redirect.addFlashAttribute("notice", "staff.invite.sent");
            return "redirect:" + BASE + "/" + id;
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            return inviteForm(model, invitation);
        }
    }

    private String inviteForm(Model model, StaffAdministration.Invitation invitation) {
        model.addAttribute("form", invitation);
        model.addAttribute("maxName", StaffAdministration.MAX_NAME);
        model.addAttribute("maxEmail", StaffAdministration.MAX_EMAIL);
        model.addAttribute("today", staff.today());
        return INVITE;
    }

    @PostMapping(BASE + "/{id}/uitnodiging-opnieuw")
    String resendInvitation(@PathVariable String id, @RequestParam(name = "versie", required = false) String version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        StaffAccount account = staff.get(StaffAdministration.id(id));
        return change(account, version, v -> staff.resendInvitation(account.id(), v), "staff.invite.resent", model,
                response, redirect);
    }

    @PostMapping(BASE + "/{id}/uitnodiging-intrekken")
    String revokeInvitation(@PathVariable String id, @RequestParam(name = "versie", required = false) String version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        StaffAccount account = staff.get(StaffAdministration.id(id));
        return change(account, version, v -> staff.revokeInvitation(account.id(), v), "staff.invite.revoked", model,
                response, redirect);
    }

    @GetMapping(BASE + "/{id}")
    String show(@PathVariable String id, Model model) {
        InputProblems.none(model);
        return member(model, staff.get(StaffAdministration.id(id)));
    }

    @PostMapping(BASE + "/{id}/rollen")
    String changeRoles(@PathVariable String id, @RequestParam(name = "versie", required = false) String version,
            @RequestParam(name = "rollen", required = false) List<String> typed, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        StaffAccount account = staff.get(StaffAdministration.id(id));
        List<FieldProblem> problems = new ArrayList<>();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String code : typed == null ? List.<String>of() : typed) {
            Optional<Role> role = Codes.parse(Role.class, code);
            if (role.isEmpty()) {
                problems.add(new FieldProblem("rollen", "staff.roles.invalid"));
                break;
            }
            roles.add(role.get());
        }
        if (!problems.isEmpty()) {
            InputProblems.refuse(model, problems, response::setStatus);
            return member(model, account);
        }
        return change(account, version, v -> staff.changeRoles(account.id(), v, roles), "staff.roles.changed", model,
                response, redirect);
    }

    @PostMapping(BASE + "/{id}/einddatum")
    String changeEndDate(@PathVariable String id, @RequestParam(name = "versie", required = false) String version,
            @RequestParam(name = "einddatum", required = false) String endDate, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        StaffAccount account = staff.get(StaffAdministration.id(id));
        model.addAttribute("typedEndDate", endDate);
        return change(account, version, v -> staff.changeEndDate(account.id(), v, endDate), "staff.endDate.changed",
                model, response, redirect);
    }

    @PostMapping(BASE + "/{id}/deactiveren")
    String deactivate(@PathVariable String id, @RequestParam(name = "versie", required = false) String version,
            @RequestParam(name = "overdragenAan", required = false) String handOverTo, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        StaffAccount account = staff.get(StaffAdministration.id(id));
        UUID to = null;
        if (handOverTo != null && !handOverTo.isBlank()) {
            try {
                to = UUID.fromString(handOverTo.strip());
            } catch (IllegalArgumentException e) {
                InputProblems.refuse(model, List.of(new FieldProblem("overdragenAan", "staff.handOver.invalid")),
                        response::setStatus);
                return member(model, account);
            }
        }
        UUID target = to;
        return change(account, version, v -> staff.deactivate(account.id(), v, target), "staff.deactivated", model,
                response, redirect);
    }

    @PostMapping(BASE + "/{id}/heractiveren")
    String reactivate(@PathVariable String id, @RequestParam(name = "versie", required = false) String version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        StaffAccount account = staff.get(StaffAdministration.id(id));
        return change(account, version, v -> staff.reactivate(account.id(), v), "staff.reactivated", model, response,
                redirect);
    }

    @PostMapping(BASE + "/{id}/ontgrendelen")
    String unlock(@PathVariable String id, @RequestParam(name = "versie", required = false) String version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        StaffAccount account = staff.get(StaffAdministration.id(id));
        return change(account, version, v -> staff.unlock(account.id(), v), "staff.unlocked", model, response,
                redirect);
    }

    @PostMapping(BASE + "/{id}/tweede-factor-herstellen")
    String resetSecondFactor(@PathVariable String id, @RequestParam(name = "versie", required = false) String version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        StaffAccount account = staff.get(StaffAdministration.id(id));
        return change(account, version, v -> staff.resetSecondFactor(account.id(), v), "staff.secondFactor.wasReset",
                model, response, redirect);
    }

    /** Runs one change; refused input is 400 and a stale or missing version 409, each with the page. */
    private String change(StaffAccount account, String version, Consumer<Integer> change, String notice, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            change.accept(parseVersion(version));
            redirect.addFlashAttribute("notice", notice);
            return "redirect:" + BASE + "/" + account.id();
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            return member(model, staff.get(account.id()));
        } catch (ConcurrentChangeException e) {
            InputProblems.none(model);
            model.addAttribute("conflict", true);
            response.setStatus(HttpStatus.CONFLICT.value());
            return member(model, staff.get(account.id()));
        }
    }

    private String member(Model model, StaffAccount account) {
        model.addAttribute("account", account);
        model.addAttribute("today", staff.today());
        model.addAttribute("grants", staff.grants(account.id()));
        model.addAttribute("locked", staff.locked(account));
        model.addAttribute("contactDuties", staff.contactDuties(account.id()));
        List<StaffMember> candidates = staff.handOverCandidates(account.id());
        model.addAttribute("handOverCandidates", candidates);
        model.addAttribute("grantors", staff.grantorNames(account.id()));
        model.addAttribute("invitationOpen", staff.invitationOpen(account));
        return MEMBER;
    }

    /** A missing or garbled version is stale: nothing is changed blindly. */
    private static int parseVersion(String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw new ConcurrentChangeException();
        }
    }

    private static String codeOrEmpty(Enum<?> value) {
        return value == null ? "" : value.name();
    }

    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? "ja" : "nee";
    }
}
