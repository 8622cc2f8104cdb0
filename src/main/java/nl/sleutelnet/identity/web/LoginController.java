package nl.sleutelnet.identity.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.sleutelnet.identity.IdentityProviders;
import nl.sleutelnet.identity.SleutelnetUser;

/**
 * The login page; the form is processed by Spring Security (POST /inloggen), and next to it a
 * button per municipality whose staff can sign in through its own provider.
 */
@Controller
class LoginController {

    private final IdentityProviders providers;

    LoginController(IdentityProviders providers) {
        this.providers = providers;
    }

    @GetMapping("/inloggen")
    String login(Authentication authentication, @RequestParam(name = "fout", required = false) String failed,
            @RequestParam(name = "uitgelogd", required = false) String loggedOut,
            @RequestParam(name = "wachtwoorduit", required = false) String passwordOff, Model model) {
        if (authentication != null && authentication.getPrincipal() instanceof SleutelnetUser) {
            return "redirect:/";
        }
        model.addAttribute("failed", failed != null);
        model.addAttribute("loggedOut", loggedOut != null);
        model.addAttribute("passwordOff", passwordOff != null);
        model.addAttribute("providers", providers.offering());
        return "identity/login";
    }
}
