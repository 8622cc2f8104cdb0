package nl.sleutelnet.portal.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.identity.EmailSignIn;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.portal.PortalSignInLinks;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InputProblems;

/**
 * The page where a key figure asks for a sign-in link (ADR 0032). Whatever the address, the answer
 * is the same page; the browser gets a fresh random value in a cookie ({@link EmailSignIn#BROWSER_COOKIE},
 * SameSite=Lax so that it is sent when the link is opened from a mail program), to which the link is bound.
 */
@Controller
class SignInLinkRequestController {

    static final int MAX_ADDRESS = 254;

    private final PortalSignInLinks requests;
    private final EmailSignIn links;

    SignInLinkRequestController(PortalSignInLinks requests, EmailSignIn links) {
        this.requests = requests;
        this.links = links;
    }

    @GetMapping(EmailSignIn.PATH)
    String form(Authentication authentication, @RequestParam(name = "verstuurd", required = false) String sent,
            Model model) {
        if (authentication != null && authentication.getPrincipal() instanceof SleutelnetUser) {
            return "redirect:/";
        }
        model.addAttribute("sent", sent != null);
        return form(model, "");
    }

    @PostMapping(EmailSignIn.PATH)
    String request(@RequestParam(name = "email", required = false) String email, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        String browser = links.newBrowserValue();
        String typed = email == null || email.length() > MAX_ADDRESS ? "" : email;
        PortalSignInLinks.Answer answer = requests.request(typed, request.getRemoteAddr(), browser);
        switch (answer) {
            case SENT_IF_KNOWN -> {
                response.addHeader("Set-Cookie", ResponseCookie.from(EmailSignIn.BROWSER_COOKIE, browser).path("/")
                        .secure(true).httpOnly(true).sameSite("Lax").maxAge(links.validity()).build().toString());
                return "redirect:" + EmailSignIn.PATH + "?verstuurd";
            }
            case TOO_MANY -> {
                InputProblems.show(model, List.of(new FieldProblem("email", "portal.signInLink.tooMany")));
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            }
            default -> InputProblems.refuse(model, List.of(new FieldProblem("email", "portal.signInLink.invalid")),
                    response::setStatus);
        }
        model.addAttribute("sent", false);
        return form(model, typed.replaceAll("\\p{Cntrl}", ""));
    }

    private String form(Model model, String email) {
        model.addAttribute("email", email);
        model.addAttribute("maxAddress", MAX_ADDRESS);
        model.addAttribute("validMinutes", links.validity().toMinutes());
        return "portal/sign-in-link";
    }
}
