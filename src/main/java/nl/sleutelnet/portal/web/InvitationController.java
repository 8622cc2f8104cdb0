package nl.sleutelnet.portal.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.portal.PortalInvitations;
import nl.sleutelnet.shared.InputProblems;

/**
 * The public page behind an invitation link: choose a user name and a password. A link that
 * is unknown, used, revoked or expired always gets the same page, so it tells nothing.
 */
@Controller
class InvitationController {

    private final PortalInvitations invitations;

    InvitationController(PortalInvitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/uitnodiging")
    String form(@RequestParam(name = "code", required = false) String code, Model model, HttpServletResponse response) {
        Optional<PortalInvitations.OpenInvitation> open = invitations.open(code);
        if (open.isEmpty()) {
            return invalid(response);
        }
        model.addAttribute("invitation", open.get());
        model.addAttribute("username", open.get().suggestedUsername());
        return "portal/invitation";
    }

    @PostMapping("/uitnodiging")
    String accept(@RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "gebruikersnaam", required = false) String username,
            @RequestParam(name = "wachtwoord", required = false) String password,
            @RequestParam(name = "herhaling", required = false) String repeated, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PortalInvitations.Acceptance acceptance = invitations.accept(code, username, password, repeated);
        if (acceptance.done()) {
            redirect.addFlashAttribute("notice", "portal.accept.done");
            return "redirect:/inloggen";
        }
        Optional<PortalInvitations.OpenInvitation> open = acceptance.invalidLink() ? Optional.empty() : invitations.open(code);
        if (open.isEmpty()) {
            return invalid(response);
        }
        model.addAttribute("invitation", open.get());
        model.addAttribute("username", username == null ? "" : username.replaceAll("\\p{Cntrl}", ""));
        InputProblems.refuse(model, acceptance.problems(), response::setStatus);
        return "portal/invitation";
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "portal/invitation-invalid";
    }
}
