package nl.sleutelnet.identity.web;

import java.time.Instant;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.sleutelnet.identity.AccountKind;
import nl.sleutelnet.identity.PendingSecondFactor;
import nl.sleutelnet.identity.SecurityProperties;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.identity.StaffAdministration;

/** Puts an authentication into the session, with a fresh session id each time. */
@Component
class SignIn {

    private final SecurityContextRepository repository;
    private final StaffAdministration staff;

    SignIn(SecurityContextRepository repository, StaffAdministration staff) {
        this.repository = repository;
        this.staff = staff;
    }

    void pending(SleutelnetUser user, HttpServletRequest request, HttpServletResponse response) {
        store(new PendingSecondFactor(user).token(), request, response);
    }

    void complete(SleutelnetUser user, HttpServletRequest request, HttpServletResponse response) {
        Authentication full = UsernamePasswordAuthenticationToken.authenticated(user, null, user.roleAuthorities());
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SecurityProperties.SIGNED_IN_AT, Instant.now());
        store(full, request, response);
        // Staff only: a key figure's sign-ins are in the audit trail and nowhere on the account
        // (docs/portal.md), so the portal download holds no sign-in history.
        if (user.kind() == AccountKind.STAFF) {
            staff.recordSignIn(user.accountId());
        }
    }

    private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
