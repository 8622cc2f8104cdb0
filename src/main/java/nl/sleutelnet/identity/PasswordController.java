package nl.sleutelnet.identity;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing one's own password, against the password policy. */
@Controller
class PasswordController {

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/wachtwoord")
    String form() {
        return "identity/password";
    }

    @PostMapping("/account/wachtwoord")
    String change(@AuthenticationPrincipal SleutelnetUser user,
            @RequestParam(name = "huidig", required = false) String current,
            @RequestParam(name = "nieuw", required = false) String proposed,
            @RequestParam(name = "herhaling", required = false) String repeated, Model model,
            RedirectAttributes redirect) {
        if (proposed == null || !proposed.equals(repeated)) {
            model.addAttribute("errors", List.of("password.mismatch"));
            return "identity/password";
        }
        try {
            List<PasswordPolicy.Violation> violations = accounts.changePassword(user, current, proposed);
            if (!violations.isEmpty()) {
                model.addAttribute("errors", violations.stream().map(PasswordPolicy.Violation::messageKey).toList());
                return "identity/password";
            }
        } catch (AccountService.WrongPasswordException e) {
            model.addAttribute("errors", List.of("password.wrongCurrent"));
            return "identity/password";
        }
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/";
    }
}
