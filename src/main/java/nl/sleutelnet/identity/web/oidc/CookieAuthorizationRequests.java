package nl.sleutelnet.identity.web.oidc;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.privacy.FieldEncryption;

/**
 * Keeps a sign-in in progress (state, nonce, PKCE verifier) in an encrypted, short-lived cookie
 * instead of the session: the session cookie is SameSite=Strict, so the browser does not send it
 * when the provider sends it back from another site; this cookie is SameSite=Lax, which it does
 * send on that top-level GET. Encrypted with the field-encryption key (AES-GCM), so it can be
 * neither read nor forged; it holds only this one request and lives ten minutes.
 */
@Component
public class CookieAuthorizationRequests implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    static final String COOKIE = "__Host-SLEUTELNET-OIDC";
    static final Duration LIVES = Duration.ofMinutes(10);
    private static final int MAX_COOKIE = 3800;
    private final FieldEncryption encryption;
    private final Clock clock = Clock.systemUTC();

    CookieAuthorizationRequests(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    private record Stored(OAuth2AuthorizationRequest request, Instant expires) {
    }

    @Override
    public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
        String state = request.getParameter(OAuth2ParameterNames.STATE);
        OAuth2AuthorizationRequest stored = read(request);
        return stored != null && state != null && state.equals(stored.getState()) ? stored : null;
    }

    @Override
    public void saveAuthorizationRequest(OAuth2AuthorizationRequest authorizationRequest, HttpServletRequest request,
            HttpServletResponse response) {
        if (authorizationRequest == null) {
            clear(response);
            return;
        }
        String value = encryption.encrypt(serialise(new Stored(authorizationRequest, clock.instant().plus(LIVES))));
        if (value.length() > MAX_COOKIE) {
            throw new IllegalStateException("authorization request too large for a cookie");
        }
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, value).path("/").secure(true).httpOnly(true)
                .sameSite("Lax").maxAge(LIVES).build().toString());
    }

    @Override
    public OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request,
            HttpServletResponse response) {
        OAuth2AuthorizationRequest stored = loadAuthorizationRequest(request);
        clear(response);
        return stored;
    }

    private OAuth2AuthorizationRequest read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() <= MAX_COOKIE) {
                try {
                    Stored stored = deserialise(encryption.decrypt(cookie.getValue()));
                    return stored.expires().isAfter(clock.instant()) ? stored.request() : null;
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static void clear(HttpServletResponse response) {
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, "").path("/").secure(true).httpOnly(true)
                .sameSite("Lax").maxAge(0).build().toString());
    }

    /**
     * A compact form (the request's fields as URL-encoded pairs): Java serialisation would not fit
     * into a cookie. Every value of a request is a string.
     */
    private static String serialise(Stored stored) {
        OAuth2AuthorizationRequest request = stored.request();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("a", request.getAuthorizationUri());
        fields.put("c", request.getClientId());
        fields.put("r", request.getRedirectUri());
        fields.put("s", String.join(" ", request.getScopes()));
        fields.put("t", request.getState());
        fields.put("e", Long.toString(stored.expires().getEpochSecond()));
        request.getAdditionalParameters().forEach((k, v) -> fields.put("p." + k, String.valueOf(v)));
        request.getAttributes().forEach((k, v) -> fields.put("x." + k, String.valueOf(v)));
        return fields.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    /** Only after the value decrypted, so this server wrote it. */
    private static Stored deserialise(String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : value.split("&")) {
            int at = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        Map<String, Object> attributes = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (k.startsWith("p.")) {
                parameters.put(k.substring(2), v);
            } else if (k.startsWith("x.")) {
                attributes.put(k.substring(2), v);
            }
        });
        String scopes = fields.getOrDefault("s", "");
        OAuth2AuthorizationRequest request = OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri(fields.get("a")).clientId(fields.get("c")).redirectUri(fields.get("r"))
                .scopes(scopes.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(scopes.split(" "))))
                .state(fields.get("t")).additionalParameters(parameters).attributes(attributes).build();
        return new Stored(request, Instant.ofEpochSecond(Long.parseLong(fields.get("e"))));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
