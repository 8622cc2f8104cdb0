package nl.sleutelnet.identity.web;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.identity.SecondFactor;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;

/** After the password: on to the second factor (or its enrolment), or straight in. */
@Component
class LoginSuccessHandler implements AuthenticationSuccessHandler {

    private final SecondFactor secondFactor;
    private final SignIn signIn;
    private final AuditTrail audit;

    LoginSuccessHandler(SecondFactor secondFactor, SignIn signIn, AuditTrail audit) {
        this.secondFactor = secondFactor;
        this.signIn = signIn;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        SleutelnetUser user = (SleutelnetUser) authentication.getPrincipal();
        audit.record(AuditAction.LOGIN, AuditOutcome.SUCCESS, "account", user.accountId(), user,
                user.municipality().orElse(null));
        if (secondFactor.required(user)) {
            signIn.pending(user, request, response);
            response.sendRedirect(user.secondFactorEnrolled() ? "/tweede-factor" : "/tweede-factor/instellen");
        } else {
            signIn.complete(user, request, response);
            response.sendRedirect("/");
        }
    }
}
