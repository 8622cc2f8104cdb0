package nl.sleutelnet.identity;

import java.io.IOException;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.sleutelnet.api.ProblemResponses;
import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.identity.web.oidc.CookieAuthorizationRequests;
import nl.sleutelnet.identity.web.oidc.KnownRegistrationsOnly;
import nl.sleutelnet.identity.web.oidc.MunicipalClientRegistrations;
import nl.sleutelnet.identity.web.oidc.NoAuthorizedClients;

/** Web security, built from {@link RouteTable}: deny by default. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String SESSION_COOKIE = "__Host-SESSION";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Where a sign-in through a municipality's provider starts: {@code /inloggen/oidc/<CBS code>}. */
    static final String PROVIDER_SIGN_IN = "/inloggen/oidc";

    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /** Only in the web server (not in the operator's set-up step, ADR 0026). */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager,
            SecurityContextRepository contextRepository, AuthenticationSuccessHandler loginSuccess, AuditTrail audit,
            SecurityProperties properties, RouteTable routeTable, ProviderLoginHandlers providerLogin,
            MunicipalClientRegistrations registrations, CookieAuthorizationRequests authorizationRequests)
            throws Exception {
        ExceptionMappingAuthenticationFailureHandler passwordFailure = new ExceptionMappingAuthenticationFailureHandler();
        passwordFailure.setDefaultFailureUrl("/inloggen?fout");
        passwordFailure.setExceptionMappings(
                Map.of(PasswordLoginDisabledException.class.getName(), "/inloggen?wachtwoorduit"));
        http.authorizeHttpRequests(registry -> applyRouteTable(registry, routeTable))
                .authenticationManager(authenticationManager)
                .securityContext(c -> c.securityContextRepository(contextRepository))
                .formLogin(form -> form.loginPage("/inloggen")
                        .loginProcessingUrl("/inloggen")
                        .usernameParameter("gebruikersnaam")
                        .passwordParameter("wachtwoord")
                        .successHandler(loginSuccess)
                        .failureHandler(passwordFailure))
                // A municipality's own provider (ADR 0029): code flow with PKCE, state and nonce. Spring's
                // authentication of the token is not saved (ProviderLogin signs the account in), and no
                // access token is kept.
                .oauth2Login(oauth -> oauth.loginPage("/inloggen")
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(new NoAuthorizedClients())
                        .securityContextRepository(new RequestAttributeSecurityContextRepository())
                        .authorizationEndpoint(a -> a.baseUri(PROVIDER_SIGN_IN)
                                .authorizationRequestResolver(new KnownRegistrationsOnly(registrations, PROVIDER_SIGN_IN))
                                .authorizationRequestRepository(authorizationRequests))
                        .redirectionEndpoint(r -> r.baseUri("/inloggen/oidc/terug/*"))
                        .successHandler(providerLogin.success())
                        .failureHandler(providerLogin.failure()))
                .logout(logout -> logout.logoutUrl("/uitloggen")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null && authentication.getPrincipal() instanceof SleutelnetUser) {
                                audit.record(AuditAction.LOGOUT, AuditOutcome.SUCCESS);
                            }
                        })
                        .addLogoutHandler(providerLogin.beforeLogout())
                        .invalidateHttpSession(true)
                        .clearAuthentication(true)
                        .deleteCookies(SESSION_COOKIE)
                        .logoutSuccessHandler(providerLogin.afterLogout()))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(problem(HttpStatus.UNAUTHORIZED), API)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/inloggen"),
                                AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(accessDenied(audit, routeTable)))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(31_536_000).requestMatcher(AnyRequestMatcher.INSTANCE))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")))
                .addFilterAfter(new AbsoluteSessionTimeout(properties), SecurityContextHolderFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiClientAuthentication.BEARER_ON_API))
                .addFilterAfter(apiClientAuthentication(http), HeaderWriterFilter.class);
        return http.build();
    }

    /**
     * Authorisation from the route table (ADR 0005): the route that decides the request grants it
     * or not; a request no route knows is denied. One decision per route, made once; the table
     * finds the route among those that can match the path's first segment, instead of trying
     * every route's matcher in turn (bench/README, issue 14).
     */
    private void applyRouteTable(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry,
            RouteTable routeTable) {
        Map<RouteTable.Route, AuthorizationManager<RequestAuthorizationContext>> decisions = new IdentityHashMap<>();
        for (RouteTable.Route route : routeTable.routes()) {
            decisions.put(route, decision(route));
        }
        AuthorizationDecision denied = new AuthorizationDecision(false);
        registry.anyRequest().access((authentication, context) -> {
            HttpServletRequest request = context.getRequest();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return routeTable.decide(HttpMethod.valueOf(request.getMethod()), path)
                    .map(route -> decisions.get(route).authorize(authentication, context))
                    .orElse(denied);
        });
    }

    private static AuthorizationManager<RequestAuthorizationContext> decision(RouteTable.Route route) {
        return switch (route.access()) {
            case PUBLIC -> (authentication, context) -> new AuthorizationDecision(true);
            case SECOND_FACTOR_PENDING -> AuthorityAuthorizationManager.hasAuthority(PendingSecondFactor.AUTHORITY);
            case ANY_SESSION -> AuthenticatedAuthorizationManager.authenticated();
            case ROLES -> AuthorityAuthorizationManager.hasAnyAuthority(java.util.stream.Stream.concat(
                    route.roles().stream().map(Role::authority), ApiScope.requiredAuthority(route).stream())
                    .toArray(String[]::new));
        };
    }

    /** API clients on /api/v1 (ADR 0028); their scopes are authorities the route decisions above name. */
    private static ApiClientAuthentication apiClientAuthentication(HttpSecurity http) {
        org.springframework.context.ApplicationContext context =
                http.getSharedObject(org.springframework.context.ApplicationContext.class);
        return new ApiClientAuthentication(context.getBean(ApiClientService.class),
                context.getBean(ApiClientRateLimit.class));
    }


    @Bean
    AuthenticationManager authenticationManager(Accounts accounts, PasswordEncoder encoder, LoginThrottle throttle,
            AuditTrail audit, IdentityProviders providers) {
        // No parent manager: a refused (e.g. locked) login must not be retried elsewhere. The second
        // provider checks a municipality's provider's answer (code for tokens, ID token signature,
        // issuer, audience, expiry, nonce); the claims come from the ID token alone, no user-info call.
        OidcUserService users = new OidcUserService();
        users.setRetrieveUserInfo(request -> false);
        return new ProviderManager(new ThrottledAuthenticationProvider(accounts, encoder, throttle, audit,
                providers::passwordLoginAllowed),
                new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
                        users));
    }

    /**
     * No observation per security filter: with an observation registry present, Spring Security
     * wraps each of its filters in one, about a tenth of a page's CPU under load (bench/README,
     * issue 14). Requests are still observed once as a whole ({@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(SESSION_COOKIE);
        serializer.setCookiePath("/");
        serializer.setUseSecureCookie(true);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Strict");
        return serializer;
    }

    private static AuthenticationEntryPoint problem(HttpStatus status) {
        return (request, response, exception) -> {
            if (status == HttpStatus.UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", ApiClientAuthentication.CHALLENGE);
            }
            ProblemResponses.write(response, status);
        };
    }

    /**
     * A refused request: halfway through login, on to the second factor; a path that no route knows
     * (mistyped, say) is not found; a known route the user's role may not use is forbidden (audited).
     */
    private static AccessDeniedHandler accessDenied(AuditTrail audit, RouteTable routeTable) {
        return (request, response, exception) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (!API.matches(request) && authentication != null
                    && authentication.getPrincipal() instanceof PendingSecondFactor pending) {
                response.sendRedirect(pending.user().secondFactorEnrolled() ? "/tweede-factor" : "/tweede-factor/instellen");
                return;
            }
            if (!routeTable.knows(request.getRequestURI().substring(request.getContextPath().length()))) {
                if (API.matches(request)) {
                    ProblemResponses.write(response, HttpStatus.NOT_FOUND);
                } else {
                    response.sendError(HttpStatus.NOT_FOUND.value());
                }
                return;
            }
            audit.record(AuditAction.ACCESS_DENIED, AuditOutcome.DENIED);
            if (API.matches(request)) {
                ProblemResponses.write(response, HttpStatus.FORBIDDEN);
            } else {
                response.sendError(HttpStatus.FORBIDDEN.value());
            }
        };
    }

    /** Ends a session a fixed time after sign-in, however active it is. */
    static final class AbsoluteSessionTimeout extends OncePerRequestFilter {

        private final SecurityProperties properties;

        AbsoluteSessionTimeout(SecurityProperties properties) {
            this.properties = properties;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SecurityProperties.SIGNED_IN_AT) instanceof Instant signedInAt
                    && signedInAt.plus(properties.sessionAbsoluteTimeout()).isBefore(Instant.now())) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * Authenticates a request to {@code /api/v1} that carries {@code Authorization: Bearer
     * <client-id>.<secret>} as that API client, for this request only (ADR 0028): nothing is put in a
     * session and no session is read, so no cookie is issued. A credential that is not a usable client's
     * is answered 401 at once (also when a session cookie comes with it); a client over its request limit
     * gets 429 with {@code Retry-After}. What the client may then do is decided by the route table, as for
     * staff. A request without a bearer credential passes on unchanged (the browser session).
     */
    static final class ApiClientAuthentication extends OncePerRequestFilter {

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
}
