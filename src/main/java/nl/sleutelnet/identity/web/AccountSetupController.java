package nl.sleutelnet.identity.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.sleutelnet.identity.AccountSetupLinks;
import nl.sleutelnet.identity.PasswordPolicy;
import nl.sleutelnet.identity.SecondFactor;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.shared.InputProblems;

/**
 * The page behind an account set-up link: choose a password, then on to enrolling the second
 * factor before anything else. An unknown, used, revoked or expired link all get the same page.
 */
@Controller
class AccountSetupController {

    private final AccountSetupLinks links;
    private final SecondFactor secondFactor;
    private final SignIn signIn;

    AccountSetupController(AccountSetupLinks links, SecondFactor secondFactor, SignIn signIn) {
        this.links = links;
        this.secondFactor = secondFactor;
        this.signIn = signIn;
    }

    @GetMapping("/account/instellen/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<AccountSetupLinks.OpenLink> open = links.open(token);
        if (open.isEmpty()) {
            return invalid(response);
        }
        return form(model, token, open.get());
    }

    /**
     * Refused input answers 400 with the form and its problems. Once the password is set the person
     * is halfway through login: the second factor comes next, and the link is used up.
     */
    @PostMapping("/account/instellen/{token}")
    String complete(@PathVariable String token, @RequestParam(name = "wachtwoord", required = false) String password,
            @RequestParam(name = "herhaling", required = false) String repeated, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        AccountSetupLinks.Completion completion = links.complete(token, password, repeated);
        if (completion.user().isPresent()) {
            SleutelnetUser user = completion.user().get();
            if (secondFactor.required(user)) {
                signIn.pending(user, request, response);
                return user.secondFactorEnrolled() ? "redirect:/tweede-factor" : "redirect:/tweede-factor/instellen";
            }
            signIn.complete(user, request, response);
            return "redirect:/";
        }
        Optional<AccountSetupLinks.OpenLink> open = completion.invalidLink() ? Optional.empty() : links.open(token);
        if (open.isEmpty()) {
            return invalid(response);
        }
        InputProblems.refuse(model, completion.problems(), response::setStatus);
        return form(model, token, open.get());
    }

    private static String form(Model model, String token, AccountSetupLinks.OpenLink open) {
        model.addAttribute("link", open);
        model.addAttribute("token", token);
        model.addAttribute("maxPassword", 2 * PasswordPolicy.MAX_LENGTH);
        return "identity/setup";
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "identity/setup-invalid";
    }
}
