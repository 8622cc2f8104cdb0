package nl.sleutelnet.identity.web;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.identity.IdentityProviderSettings;
import nl.sleutelnet.identity.IdentityProviders;
import nl.sleutelnet.identity.ProviderLoginHandlers;
import nl.sleutelnet.identity.ProviderSignIn;
import nl.sleutelnet.identity.SecondFactor;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.identity.web.oidc.MunicipalClientRegistrations;
import nl.sleutelnet.tenancy.Municipality;

/**
 * After a municipality's provider (ADR 0029): the validated ID token names an account or is refused
 * with a page that says why; then the second factor as after a password, unless the municipality
 * lets the provider's own factor count and the token proves it. The browser is then sent through
 * {@code /inloggen/verder}, a page of this site, because the session cookie (SameSite=Strict) is
 * not sent on the redirects that started at the provider's site.
 */
class ProviderLogin {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderLogin.class);
    static final String PROVIDER_SESSION = "sleutelnet.providerSession";
    static final String PROVIDER_LOGOUT = "sleutelnet.providerLogout";

    /** Which provider the session signed in with, and its ID token (for the end-session request). */
    record ProviderSession(String registrationId, String idToken) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private final IdentityProviders providers;
    private final ProviderSignIn providerSignIn;
    private final MunicipalClientRegistrations registrations;
    private final SecondFactor secondFactor;
    private final SignIn signIn;
    private final AuditTrail audit;

    ProviderLogin(IdentityProviders providers, ProviderSignIn providerSignIn, MunicipalClientRegistrations registrations,
            SecondFactor secondFactor, SignIn signIn, AuditTrail audit) {
        this.providers = providers;
        this.providerSignIn = providerSignIn;
        this.registrations = registrations;
        this.secondFactor = secondFactor;
        this.signIn = signIn;
        this.audit = audit;
    }

    void onSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        SecurityContextHolder.clearContext();
        if (!(authentication instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof OidcUser oidcUser)) {
            refuse(request, response, "mislukt");
            return;
        }
        String registrationId = token.getAuthorizedClientRegistrationId();
        Optional<Municipality> municipality = providers.offeringByCbsCode(registrationId);
        Optional<IdentityProviderSettings> settings = municipality.flatMap(m -> providers.of(m.id()));
        if (settings.isEmpty()) {
            refuse(request, response, "niet-ingesteld");
            return;
        }
        OidcIdToken idToken = oidcUser.getIdToken();
        ProviderSignIn.Claims claims = new ProviderSignIn.Claims(
                idToken.getIssuer() == null ? null : idToken.getIssuer().toString(), idToken.getSubject(),
                idToken.getEmail(), Boolean.TRUE.equals(idToken.getEmailVerified()),
                Optional.ofNullable(idToken.getAuthenticationMethods()).orElse(List.of()),
                idToken.getAuthenticationContextClass(), groups(idToken.getClaims(), settings.get().groupClaim()));
        ProviderSignIn.Outcome outcome = providerSignIn.signIn(municipality.get().id(), claims);
        if (outcome.user() == null) {
            refuse(request, response, switch (outcome.refusal()) {
                case NOT_CONFIGURED -> "niet-ingesteld";
                case UNKNOWN_SUBJECT -> "onbekend";
                case INACTIVE -> "inactief";
                case NO_ROLE -> "geen-rol";
            });
            return;
        }
        SleutelnetUser user = outcome.user();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        String next;
        if (outcome.secondFactorDone() || !secondFactor.required(user)) {
            signIn.complete(user, request, response);
            next = "/";
        } else {
            signIn.pending(user, request, response);
            next = user.secondFactorEnrolled() ? "/tweede-factor" : "/tweede-factor/instellen";
        }
        request.getSession().setAttribute(PROVIDER_SESSION, new ProviderSession(registrationId, idToken.getTokenValue()));
        // Came the browser here from another site (or does it not say), the session cookie will not be
        // sent on a redirect: first a page of this site.
        boolean sameSite = Set.of("same-origin", "same-site").contains(String.valueOf(request.getHeader("Sec-Fetch-Site")));
        response.sendRedirect(sameSite ? next : "/inloggen/verder");
    }

    void onFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        String reason = switch (code) {
            case "authorization_request_not_found", "invalid_state_parameter" -> "sessie";
            case "invalid_id_token", "invalid_nonce" -> "token";
            case "client_registration_not_found" -> "niet-ingesteld";
            case "access_denied" -> "geannuleerd";
            default -> "mislukt";
        };
        String path = request.getRequestURI();
        String registrationId = path.substring(path.lastIndexOf('/') + 1);
        // The error code only: the description can carry claims of the token.
        LOG.info("Sign-in through the provider of {} refused: {}", registrationId.replaceAll("[^A-Z0-9]", ""),
                code.isEmpty() ? exception.getClass().getSimpleName() : code);
        audit.record(AuditAction.LOGIN_FAILED, AuditOutcome.FAILURE, ProviderSignIn.AUDIT_RECORD, null, null,
                providers.offeringByCbsCode(registrationId).map(Municipality::id).orElse(null));
        refuse(request, response, reason);
    }

    /** Before the session ends: where the provider's own session can be ended, if it says so. */
    void beforeLogout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PROVIDER_SESSION) instanceof ProviderSession provider)) {
            return;
        }
        var registration = registrations.findByRegistrationId(provider.registrationId());
        if (registration == null) {
            return;
        }
        registrations.endSessionEndpoint(provider.registrationId()).ifPresent(endpoint -> {
            String back = ServletUriComponentsBuilder.fromContextPath(request).path("/inloggen").query("uitgelogd")
                    .build().toUriString();
            request.setAttribute(PROVIDER_LOGOUT, UriComponentsBuilder.fromUriString(endpoint)
                    .queryParam("id_token_hint", provider.idToken())
                    .queryParam("client_id", registration.getClientId())
                    .queryParam("post_logout_redirect_uri", back)
                    .encode().build().toUriString());
        });
    }

    /**
     * After the session ended: to the login page, or, when the provider can end its session too, to
     * a page of this site that sends the browser there (a redirect after the logout form would be
     * stopped by the form-action rule of the content security policy).
     */
    void afterLogout(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (request.getAttribute(PROVIDER_LOGOUT) instanceof String url) {
            request.getSession(true).setAttribute(PROVIDER_LOGOUT, url);
            response.sendRedirect("/uitgelogd");
        } else {
            response.sendRedirect("/inloggen?uitgelogd");
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        response.sendRedirect("/inloggen/geweigerd?reden=" + reason);
    }

    private static Collection<String> groups(Map<String, Object> claims, String groupClaim) {
        if (groupClaim == null) {
            return List.of();
        }
        Object value = claims.get(groupClaim);
        if (value instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return value instanceof String single ? List.of(single) : List.of();
    }

    @Configuration(proxyBeanMethods = false)
    static class Handlers {

        @Bean
        ProviderLogin providerLogin(IdentityProviders providers, ProviderSignIn providerSignIn,
                MunicipalClientRegistrations registrations, SecondFactor secondFactor, SignIn signIn,
                AuditTrail audit) {
            return new ProviderLogin(providers, providerSignIn, registrations, secondFactor, signIn, audit);
        }

        @Bean
        ProviderLoginHandlers providerLoginHandlers(ProviderLogin login) {
            return new ProviderLoginHandlers(login::onSuccess, login::onFailure, login::beforeLogout,
                    login::afterLogout);
        }
    }
}
