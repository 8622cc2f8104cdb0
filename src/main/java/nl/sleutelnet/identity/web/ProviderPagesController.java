package nl.sleutelnet.identity.web;

import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.sleutelnet.identity.IdentityProviders;

/**
 * The pages around sign-in through a municipality's provider: a refusal that says why, the step
 * back onto this site after the provider, and the step on to the provider's own logout.
 */
@Controller
class ProviderPagesController {

    /** Every reason the refusal page knows; anything else reads as "mislukt". */
    static final Set<String> REASONS = Set.of("niet-ingesteld", "onbereikbaar", "onbekend", "inactief", "geen-rol",
            "token", "sessie", "geannuleerd", "mislukt");

    private final IdentityProviders providers;

    ProviderPagesController(IdentityProviders providers) {
        this.providers = providers;
    }

    /**
     * Reached only when the sign-in could not start: the filter before it starts every sign-in
     * with a provider that is set up and answers.
     */
    @GetMapping("/inloggen/oidc/{cbsCode}")
    String notStarted(@PathVariable String cbsCode) {
        return "redirect:/inloggen/geweigerd?reden="
                + (providers.offeringByCbsCode(cbsCode).isPresent() ? "onbereikbaar" : "niet-ingesteld");
    }

    @GetMapping("/inloggen/geweigerd")
    String refused(@RequestParam(name = "reden", required = false) String reason, Model model,
            HttpServletResponse response) {
        model.addAttribute("reason", reason != null && REASONS.contains(reason) ? reason : "mislukt");
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "identity/provider-refused";
    }

    /** A page of this site, so that the browser sends the (SameSite=Strict) session cookie again. */
    @GetMapping("/inloggen/verder")
    String onwards(Model model, HttpServletResponse response) {
        response.setHeader("Refresh", "0;url=/");
        model.addAttribute("next", "/");
        model.addAttribute("titleKey", "providerLogin.onwards.title");
        model.addAttribute("textKey", "providerLogin.onwards.text");
        model.addAttribute("linkKey", "providerLogin.onwards.link");
        return "identity/provider-onwards";
    }

    @GetMapping("/uitgelogd")
    String loggedOut(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object url = session == null ? null : session.getAttribute(ProviderLogin.PROVIDER_LOGOUT);
        if (session != null) {
            session.invalidate();
        }
        if (!(url instanceof String next)) {
            return "redirect:/inloggen?uitgelogd";
        }
        // A link, not an automatic step: the user sees they are out of Sleutelnet and chooses the provider.
        model.addAttribute("next", next);
        model.addAttribute("titleKey", "providerLogin.loggedOut.title");
        model.addAttribute("textKey", "providerLogin.loggedOut.text");
        model.addAttribute("linkKey", "providerLogin.loggedOut.link");
        return "identity/provider-onwards";
    }
}
