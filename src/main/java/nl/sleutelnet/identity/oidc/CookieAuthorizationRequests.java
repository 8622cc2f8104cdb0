package nl.sleutelnet.identity.oidc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

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
    private static final ObjectInputFilter ONLY_REQUEST = ObjectInputFilter.Config.createFilter(
            "maxdepth=10;maxbytes=8192;java.lang.*;java.util.*;java.time.*;"
                    + "nl.sleutelnet.identity.oidc.CookieAuthorizationRequests$Stored;"
                    + "org.springframework.security.oauth2.core.endpoint.*;"
                    + "org.springframework.security.oauth2.core.AuthorizationGrantType;!*");

    private final FieldEncryption encryption;
    private final Clock clock = Clock.systemUTC();

    CookieAuthorizationRequests(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    private record Stored(OAuth2AuthorizationRequest request, Instant expires) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
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

    private static String serialise(Stored stored) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(stored);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** Only after the value decrypted (so this server wrote it), and only the classes of a request. */
    private static Stored deserialise(String value) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(value)))) {
            in.setObjectInputFilter(ONLY_REQUEST);
            return (Stored) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalArgumentException("not a stored authorization request", e);
        }
    }
}
