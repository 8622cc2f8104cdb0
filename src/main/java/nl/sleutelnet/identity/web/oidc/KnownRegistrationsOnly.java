package nl.sleutelnet.identity.web.oidc;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Starts a sign-in only for a municipality whose provider is set up and reachable; any other id
 * passes on to the controller, which answers with a page that says so (instead of an error 500).
 */
public final class KnownRegistrationsOnly implements OAuth2AuthorizationRequestResolver {

    private final DefaultOAuth2AuthorizationRequestResolver resolver;

    public KnownRegistrationsOnly(ClientRegistrationRepository registrations, String baseUri) {
        this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, baseUri);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        try {
            return resolver.resolve(request);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        try {
            return resolver.resolve(request, clientRegistrationId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
