package nl.sleutelnet.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.sleutelnet.tenancy.MunicipalityId;

/** API clients for tests, made as an administrator of the municipality would (or, when expired, written directly). */
public final class ApiClientFixtures {

    private final ApiClientService service;
    private final ApiClients clients;

    private ApiClientFixtures(ApplicationContext context) {
        this.service = context.getBean(ApiClientService.class);
        this.clients = context.getBean(ApiClients.class);
    }

    public static ApiClientFixtures of(ApplicationContext context) {
        return new ApiClientFixtures(context);
    }

    /** Scope codes as the form sends them: e.g. {@code "sleutelfiguren=lezen"}. */
    public ApiClientService.Created create(MunicipalityId municipality, int perMinute, String... access) {
        Map<ApiScope, String> levels = new EnumMap<>(ApiScope.class);
        for (String a : access) {
            String[] parts = a.split("=");
            ApiScope scope = Arrays.stream(ApiScope.values()).filter(s -> s.code().equals(parts[0])).findFirst()
                    .orElseThrow();
            levels.put(scope, parts[1]);
        }
        return asAdministrator(municipality, () -> service.create(new ApiClientService.Draft("Testkoppeling", levels,
                service.today().plusDays(30).toString(), Integer.toString(perMinute))));
    }

    /** A client with every scope that can be given (for matrix tests: a high limit). */
    public ApiClientService.Created withEveryScope(MunicipalityId municipality) {
        List<String> access = Arrays.stream(ApiScope.values())
                .map(s -> s.code() + "=" + (s.writable() ? "schrijven" : "lezen")).toList();
        return create(municipality, 6000, access.toArray(String[]::new));
    }

    /** A client whose last day was yesterday: returns its credential. */
    public String expired(MunicipalityId municipality, String... scopeCodes) {
        return written(municipality, "Verlopen", service.today().minusDays(1), scopeCodes);
    }

    /** A client with exactly these scope codes (also a write without its read), written directly: its credential. */
    public String withScopes(MunicipalityId municipality, String... scopeCodes) {
        return written(municipality, "Matrix", service.today().plusDays(1), scopeCodes);
    }

    private String written(MunicipalityId municipality, String name, LocalDate lastDay, String... scopeCodes) {
        UUID id = UUID.randomUUID();
        String secret = ApiClientCredentials.newSecret();
        nl.sleutelnet.tenancy.CurrentTenant.runAs(municipality, () -> clients.insert(municipality, id, name,
                List.of(scopeCodes), 100_000, ApiClientCredentials.hash(secret), UUID.randomUUID(),
                Instant.now().minus(10, ChronoUnit.DAYS), lastDay));
        return ApiClientCredentials.clientId(municipality, id) + "." + secret;
    }

    public void revoke(MunicipalityId municipality, UUID id) {
        asAdministrator(municipality, () -> {
            service.revoke(id);
            return null;
        });
    }

    /** The client id part of a credential. */
    public static String clientIdOf(String credential) {
        return credential.substring(0, credential.indexOf('.'));
    }

    private static <T> T asAdministrator(MunicipalityId municipality, java.util.function.Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(TestUsers.authentication(TestUsers.user(Role.ADMINISTRATOR, municipality)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
