package nl.sleutelnet.identity.web.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import nl.sleutelnet.identity.IdentityProviderSettings;
import nl.sleutelnet.identity.IdentityProviders;
import nl.sleutelnet.tenancy.Municipality;

/**
 * One client registration per municipality with a provider, its id the CBS code (e.g. GM0268),
 * discovered from the issuer's {@code /.well-known/openid-configuration} with PKCE required. Asked
 * only on the sign-in paths; a registration is kept for an hour, or until its settings or secret
 * change. A provider that cannot be reached gives no registration (the sign-in page says so).
 */
@Component
public class MunicipalClientRegistrations implements ClientRegistrationRepository {

    /** Where the provider sends the browser back to, per registration. */
    public static final String REDIRECT_URI = "{baseUrl}/inloggen/oidc/terug/{registrationId}";
    static final Duration KEPT_FOR = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(MunicipalClientRegistrations.class);

    private final IdentityProviders providers;
    private final RestClient http;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Discovered> cache = new ConcurrentHashMap<>();

    private record Discovered(IdentityProviderSettings settings, String secretHash, ClientRegistration registration,
            Instant until) {
    }

    MunicipalClientRegistrations(IdentityProviders providers) {
        this.providers = providers;
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofSeconds(5));
        factory.setReadTimeout(Duration.ofSeconds(5));
        this.http = RestClient.builder().requestFactory(factory).build();
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        Optional<Municipality> municipality = providers.offeringByCbsCode(registrationId);
        if (municipality.isEmpty()) {
            return null;
        }
        IdentityProviderSettings settings = providers.of(municipality.get().id()).orElse(null);
        String secret = providers.clientSecret(municipality.get()).orElse(null);
        if (settings == null || secret == null) {
            return null;
        }
        String secretHash = sha256(secret);
        Instant now = clock.instant();
        Discovered cached = cache.get(registrationId);
        if (cached != null && cached.settings().equals(settings) && cached.secretHash().equals(secretHash)
                && cached.until().isAfter(now)) {
            return cached.registration();
        }
        try {
            ClientRegistration registration = discover(registrationId, settings, secret);
            cache.put(registrationId, new Discovered(settings, secretHash, registration, now.plus(KEPT_FOR)));
            return registration;
        } catch (RuntimeException e) {
            LOG.warn("OpenID provider of {} could not be discovered: {}", registrationId, e.getClass().getSimpleName());
            return null;
        }
    }

    /** The provider's end-session endpoint, if it announces one (RP-initiated logout). */
    public Optional<String> endSessionEndpoint(String registrationId) {
        ClientRegistration registration = findByRegistrationId(registrationId);
        if (registration == null) {
            return Optional.empty();
        }
        Object endpoint = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        return endpoint instanceof String url && url.startsWith("http") ? Optional.of(url) : Optional.empty();
    }

    private ClientRegistration discover(String registrationId, IdentityProviderSettings settings, String secret) {
        String issuer = settings.issuer();
        String location = (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
                + "/.well-known/openid-configuration";
        Map<String, Object> metadata = http.get().uri(location).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {
                });
        // The issuer the provider names must be exactly the one configured (OpenID Connect Discovery 1.0, 4.3).
        if (metadata == null || !issuer.equals(metadata.get("issuer"))) {
            throw new IllegalStateException("issuer in the provider's metadata differs");
        }
        return ClientRegistrations.fromOidcConfiguration(metadata)
                .registrationId(registrationId)
                .clientId(settings.clientId())
                .clientSecret(secret)
                .scope("openid", "profile", "email")
                .redirectUri(REDIRECT_URI)
                .userNameAttributeName("sub")
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
