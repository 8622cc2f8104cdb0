package nl.sleutelnet.identity.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.PasswordPolicy;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InputProblems;

/** Changing one's own password, against the password policy. */
@Controller
class PasswordController {

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    /**
     * The form's maxlength: twice the policy's limit, so that a pasted text that is too long reaches
     * the policy and is refused with a message instead of being cut off silently.
     */
    @ModelAttribute("maxPassword")
    int maxPassword() {
        return 2 * PasswordPolicy.MAX_LENGTH;
    }

    @GetMapping("/account/wachtwoord")
    String form() {
        return "identity/password";
    }

    /**
     * Refused input answers 400 with the form and its problems. After a change every other session
     * of the account has ended; this one goes on under a new session id.
     */
    @PostMapping("/account/wachtwoord")
    String change(@AuthenticationPrincipal SleutelnetUser user,
            @RequestParam(name = "huidig", required = false) String current,
            @RequestParam(name = "nieuw", required = false) String proposed,
            @RequestParam(name = "herhaling", required = false) String repeated, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (proposed == null || !proposed.equals(repeated)) {
            InputProblems.refuse(model, List.of(new FieldProblem("herhaling", "password.mismatch")), response::setStatus);
            return "identity/password";
        }
        try {
            List<PasswordPolicy.Violation> violations = accounts.changePassword(user, current, proposed,
                    request.getSession().getId());
            if (!violations.isEmpty()) {
                InputProblems.refuse(model, violations.stream().map(v -> new FieldProblem("nieuw", v.messageKey()))
                        .toList(), response::setStatus);
                return "identity/password";
            }
        } catch (AccountService.WrongPasswordException e) {
            InputProblems.refuse(model, List.of(new FieldProblem("huidig", "password.wrongCurrent")),
                    response::setStatus);
            return "identity/password";
        }
        request.changeSessionId();
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/";
    }
}
