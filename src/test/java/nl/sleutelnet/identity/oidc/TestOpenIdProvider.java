package nl.sleutelnet.identity.oidc;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import java.io.IOException;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * A real OpenID provider for the tests: Spring Authorization Server on a random port of its own,
 * in an application context of its own (never inside the suite's one context, which excludes the
 * authorisation server's auto-configuration). Started once per test run, for the application on
 * the given port, with one registered client and users whose ID tokens say what each test needs:
 * {@link #STAFF} a normal sign-in, {@link #WITH_MFA} with {@code amr=mfa}, and users whose token
 * is wrong in one way (other issuer, other audience, expired, wrong nonce).
 */
public final class TestOpenIdProvider {

    public static final String CLIENT_ID = "sleutelnet-test";
    public static final String CLIENT_SECRET = "geheim-" + UUID.randomUUID();
    public static final String PASSWORD = "idp-wachtwoord";
    public static final String STAFF = "medewerker";
    public static final String WITH_MFA = "met-mfa";
    public static final String UNKNOWN = "onbekend";
    public static final String OTHER_ISSUER = "andere-uitgever";
    public static final String OTHER_AUDIENCE = "ander-publiek";
    public static final String EXPIRED = "verlopen";
    public static final String WRONG_NONCE = "verkeerde-nonce";
    public static final String GROUPS = "groepen";
    /** For the browser journey. */
    public static final String JOURNEY = "reiziger";
    static final List<String> USERS = List.of(STAFF, WITH_MFA, UNKNOWN, OTHER_ISSUER, OTHER_AUDIENCE, EXPIRED,
            WRONG_NONCE, GROUPS, JOURNEY);

    private static TestOpenIdProvider running;

    private final ConfigurableApplicationContext context;
    private final String issuer;
    /** Per user name at the provider: the e-mail address its ID token carries (as verified). */
    private final Map<String, String> emails;

    private TestOpenIdProvider(ConfigurableApplicationContext context, Map<String, String> emails) {
        this.context = context;
        this.emails = emails;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.issuer = "http://localhost:" + port;
    }

    /** The provider for the application on this port, started at the first call. */
    public static synchronized TestOpenIdProvider forApplicationOn(int applicationPort) {
        if (running == null) {
            Map<String, String> emails = new ConcurrentHashMap<>();
            ConfigurableApplicationContext context = new SpringApplicationBuilder(Configuration.class)
                    .web(WebApplicationType.SERVLET)
                    .initializers(c -> c.getBeanFactory().registerSingleton("emails", emails))
                    .run("--spring.config.name=test-openid-provider", "--server.port=0",
                            "--spring.main.banner-mode=off", "--sleutelnet.test.application-port=" + applicationPort,
                            "--logging.level.org.springframework.security=WARN",
                            // Sleutelnet's start-up check (RequiredSettings) runs in every Spring Boot
                            // application on the class path; this one is no Sleutelnet and needs none of them.
                            "--sleutelnet.demo.enabled=true", "--sleutelnet.encryption.key=bm90LXVzZWQtYnktdGhlLXByb3ZpZGVy");
            running = new TestOpenIdProvider(context, emails);
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return running;
    }

    public String issuer() {
        return issuer;
    }

    /** The e-mail address (verified) in the ID token of this user. */
    public void giveEmail(String user, String email) {
        emails.put(user, email);
    }

    public boolean isRunning() {
        return context.isActive();
    }

    /** The provider's own context. Not a component of the application: picked up by no scan. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class })
    static class Configuration {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                http.securityMatcher(server.getEndpointsMatcher());
                server.oidc(Customizer.withDefaults());
            })
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .formLogin(form -> form.loginPage("/login").permitAll());
            return http.build();
        }

        /**
         * The provider's login page, small and accessible (the browser journeys check every page they
         * visit with axe-core and for one main region and a closing footer, as on Sleutelnet's own).
         */
        @Bean
        ServletRegistrationBean<HttpServlet> loginPage() {
            HttpServlet page = new HttpServlet() {
                @Override
                protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
                    response.setContentType("text/html;charset=UTF-8");
                    response.getWriter().write("""
                            <!DOCTYPE html>
                            <html lang="nl"><head><meta charset="utf-8">
                            <meta name="viewport" content="width=device-width, initial-scale=1">
                            <title>Inloggen bij de testorganisatie</title></head>
                            <body><main><h1>Inloggen bij de testorganisatie</h1>
                            <form method="post" action="/login">
                            <p><label for="username">Gebruikersnaam</label><br><input id="username" name="username" autocomplete="username"></p>
                            <p><label for="password">Wachtwoord</label><br><input id="password" name="password" type="password" autocomplete="current-password"></p>
                            <input type="hidden" name="%s" value="%s">
                            <p><button type="submit">Inloggen</button></p>
                            </form></main><footer class="site-footer"><p>Test-OpenID-provider</p></footer></body></html>
                            """.formatted(csrf.getParameterName(), csrf.getToken()));
                }
            };
            return new ServletRegistrationBean<>(page, "/login");
        }

        @Bean
        RegisteredClientRepository clients(org.springframework.core.env.Environment environment) {
            String application = "http://localhost:" + environment.getRequiredProperty("sleutelnet.test.application-port");
            RegisteredClient.Builder client = RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .postLogoutRedirectUri(application + "/inloggen?uitgelogd")
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(true)
                            .build());
            for (String cbs : List.of("GM9901", "GM9902", "GM9903")) {
                client.redirectUri(application + "/inloggen/oidc/terug/" + cbs);
            }
            return new InMemoryRegisteredClientRepository(client.build());
        }

        @Bean
        UserDetailsService users() {
            return new InMemoryUserDetailsManager(USERS.stream()
                    .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build()).toList());
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokens(Map<String, String> emails) {
            return context -> {
                if (!"id_token".equals(context.getTokenType().getValue())) {
                    return;
                }
                String user = context.getPrincipal().getName();
                var claims = context.getClaims();
                String email = emails.get(user);
                if (email != null) {
                    claims.claim("email", email).claim("email_verified", true);
                }
                Instant now = Instant.now();
                switch (user) {
                    case WITH_MFA -> claims.claim("amr", List.of("pwd", "mfa"));
                    case OTHER_ISSUER -> claims.issuer("http://localhost:1/ander");
                    case OTHER_AUDIENCE -> claims.audience(List.of("iemand-anders"));
                    case EXPIRED -> claims.issuedAt(now.minusSeconds(900)).expiresAt(now.minusSeconds(600));
                    case WRONG_NONCE -> claims.claim("nonce", "niet-deze");
                    case GROUPS -> claims.claim("groups", List.of("sleutelnet-zorg"));
                    default -> {
                    }
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return NimbusJwtDecoder.withJwkSource(keys).build();
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
