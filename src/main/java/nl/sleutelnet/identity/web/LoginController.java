package nl.sleutelnet.identity.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.sleutelnet.identity.SleutelnetUser;

/** The login page; the form is processed by Spring Security (POST /inloggen). */
@Controller
class LoginController {

    @GetMapping("/inloggen")
    String login(Authentication authentication, @RequestParam(name = "fout", required = false) String failed,
            @RequestParam(name = "uitgelogd", required = false) String loggedOut, Model model) {
        if (authentication != null && authentication.getPrincipal() instanceof SleutelnetUser) {
            return "redirect:/";
        }
        model.addAttribute("failed", failed != null);
        model.addAttribute("loggedOut", loggedOut != null);
        return "identity/login";
    }
}
