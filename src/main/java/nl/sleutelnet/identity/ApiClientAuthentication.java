package nl.sleutelnet.identity;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.api.ProblemResponses;

/**
 * Authenticates a request to {@code /api/v1} that carries {@code Authorization: Bearer
 * <client-id>.<secret>} as that API client, for this request only (ADR 0028): nothing is put in a
 * session and no session is read, so no cookie is issued. A credential that is not a usable client's
 * is answered 401 at once (also when a session cookie comes with it); a client over its request limit
 * gets 429 with {@code Retry-After}. What the client may then do is decided by the route table, as for
 * staff. A request without a bearer credential passes on unchanged (the browser session).
 */
final class ApiClientAuthentication extends OncePerRequestFilter {

    static final String API = "/api/v1/";
    static final String CHALLENGE = "Bearer realm=\"sleutelnet\"";
    /** Requests with a bearer credential on the API: no CSRF token applies (no ambient credential). */
    static final RequestMatcher BEARER_ON_API = request -> path(request).startsWith(API) && bearer(request) != null;

    private final ApiClientService clients;
    private final ApiClientRateLimit limit;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiClientAuthentication(ApiClientService clients, ApiClientRateLimit limit) {
        this.clients = clients;
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !BEARER_ON_API.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiClientService.Check check = clients.check(bearer(request));
        if (!(check instanceof ApiClientService.Check.Accepted accepted)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"invalid_token\"");
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
                    "De API-sleutel is onbekend, ingetrokken of verlopen.");
            return;
        }
        long wait = limit.take(accepted.caller().clientId(), accepted.requestsPerMinute());
        if (wait > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "Te veel verzoeken van deze API-client. "
                    + "Probeer het opnieuw na het aantal seconden in Retry-After.");
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiClientCaller.Token(accepted.caller()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    /** The bearer credential of the request, or null. */
    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
