package nl.sleutelnet.identity.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.sleutelnet.identity.EmailSignIn;
import nl.sleutelnet.identity.SecondFactor;
import nl.sleutelnet.identity.SleutelnetUser;

/**
 * The page behind a key figure's sign-in link (ADR 0032). Opening it signs nobody in (mail programs
 * and virus scanners fetch links): the page has one button, whose POST uses the link. In another
 * browser than the one that asked, the page says so and the link stays usable there.
 */
@Controller
class SignInLinkController {

    private final EmailSignIn links;
    private final SecondFactor secondFactor;
    private final SignIn signIn;

    SignInLinkController(EmailSignIn links, SecondFactor secondFactor, SignIn signIn) {
        this.links = links;
        this.secondFactor = secondFactor;
        this.signIn = signIn;
    }

    @GetMapping(EmailSignIn.PATH + "/{token}")
    String open(@PathVariable String token,
            @CookieValue(name = EmailSignIn.BROWSER_COOKIE, required = false) String browser, Model model,
            HttpServletResponse response) {
        EmailSignIn.Opening opening = links.open(token, browser);
        if (opening != EmailSignIn.Opening.USABLE) {
            return refused(opening, response);
        }
        model.addAttribute("token", token);
        return "identity/sign-in-link";
    }

    /** As a password sign-in of a key figure: a fresh session id, the LOGIN entry, on to the portal. */
    @PostMapping(EmailSignIn.PATH + "/{token}")
    String use(@PathVariable String token,
            @CookieValue(name = EmailSignIn.BROWSER_COOKIE, required = false) String browser,
            HttpServletRequest request, HttpServletResponse response) {
        EmailSignIn.Use use = links.use(token, browser);
        if (use.user().isEmpty()) {
            return refused(use.opening(), response);
        }
        SleutelnetUser user = use.user().get();
        response.addHeader("Set-Cookie", ResponseCookie.from(EmailSignIn.BROWSER_COOKIE, "").path("/").secure(true)
                .httpOnly(true).sameSite("Lax").maxAge(0).build().toString());
        if (secondFactor.required(user)) {
            signIn.pending(user, request, response);
            return user.secondFactorEnrolled() ? "redirect:/tweede-factor" : "redirect:/tweede-factor/instellen";
        }
        signIn.complete(user, request, response);
        return "redirect:/portaal";
    }

    private static String refused(EmailSignIn.Opening opening, HttpServletResponse response) {
        if (opening == EmailSignIn.Opening.OTHER_BROWSER) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "identity/sign-in-link-other-browser";
        }
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "identity/sign-in-link-invalid";
    }
}
