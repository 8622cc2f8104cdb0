package nl.sleutelnet.identity;

import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * What {@link SecurityConfiguration} hooks into sign-in through a municipality's provider and into
 * logout (given by {@code identity.web}): after the provider, the account match and the second
 * factor; a refusal's page; and at logout, the provider's end-session redirect.
 */
public record ProviderLoginHandlers(AuthenticationSuccessHandler success, AuthenticationFailureHandler failure,
        LogoutHandler beforeLogout, LogoutSuccessHandler afterLogout) {
}
