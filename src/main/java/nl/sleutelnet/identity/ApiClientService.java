package nl.sleutelnet.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.TextRule;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * API clients of the current municipality (ADR 0028): made, listed and revoked by its
 * administrator, and checked on every request that presents a client's credential.
 */
@Service
public class ApiClientService {

    public static final int MAX_NAME = 80;
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final TextRule NAME = TextRule.line(MAX_NAME).required().keys("apiclients.name", ".invalid");

    /** A client as the administrator's list shows it. */
    public record Listed(UUID id, String clientId, String name, Map<ApiScope, ApiScope.Level> access,
            int requestsPerMinute, Instant createdAt, LocalDate expiresOn, Instant revokedAt, Instant lastUsedAt,
            boolean usable) {
    }

    /** A new client: its id for the list, and the credential, shown this once and never again. */
    public record Created(UUID id, String name, String clientId, String credential, LocalDate expiresOn) {
    }

    /** What the administrator filled in; values as typed. */
    public record Draft(String name, Map<ApiScope, String> access, String expiresOn, String requestsPerMinute) {
    }

    /** The outcome of checking a presented credential. */
    public sealed interface Check {
        /** The credential is no client's (wrong form, unknown client, wrong secret). */
        record Unknown() implements Check {
        }

        /** A real client that may not call: revoked or past its end date. */
        record Refused(MunicipalityId municipality, UUID client) implements Check {
        }

        record Accepted(ApiClientCaller caller, int requestsPerMinute) implements Check {
        }
    }

    private final ApiClients clients;
    private final AuditTrail audit;
    private final ApiClientProperties properties;
    private final Clock clock;

    ApiClientService(ApiClients clients, AuditTrail audit, ApiClientProperties properties) {
        this.clients = clients;
        this.audit = audit;
        this.properties = properties;
        this.clock = Clock.system(ZONE);
    }

    public ApiClientProperties settings() {
        return properties;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The last end date that may be chosen today. */
    public LocalDate latestExpiry() {
        return today().plus(properties.maxLifetime());
    }

    @Transactional(readOnly = true)
    public List<Listed> list() {
        MunicipalityId municipality = CurrentTenant.require();
        LocalDate today = today();
        return clients.of(municipality).stream().map(r -> new Listed(r.id(),
                ApiClientCredentials.clientId(municipality, r.id()), r.name(), access(r.scopes()),
                r.requestsPerMinute(), r.createdAt(), r.expiresOn(), r.revokedAt(), r.lastUsedAt(),
                r.revokedAt() == null && !r.expiresOn().isBefore(today))).toList();
    }

    /** Checks a draft; nothing is written when a problem is found. */
    @Transactional
    public Created create(Draft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = NAME.check("naam", draft.name(), problems);
        List<String> scopes = scopes(draft.access(), problems);
        LocalDate expiresOn = expiry(draft.expiresOn(), problems);
        int perMinute = requestsPerMinute(draft.requestsPerMinute(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MunicipalityId municipality = CurrentTenant.require();
        UUID id = UUID.randomUUID();
        String secret = ApiClientCredentials.newSecret();
        clients.insert(municipality, id, name, scopes, perMinute, ApiClientCredentials.hash(secret),
                CurrentUser.account().value(), clock.instant().truncatedTo(ChronoUnit.MICROS), expiresOn);
        audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, "api_client", id);
        String clientId = ApiClientCredentials.clientId(municipality, id);
        return new Created(id, name, clientId, clientId + "." + secret, expiresOn);
    }

    /** Revokes a client of the municipality at once; a client of another municipality is not found. */
    @Transactional
    public void revoke(UUID id) {
        MunicipalityId municipality = CurrentTenant.require();
        if (!clients.exists(municipality, id)) {
            throw new NotFoundException("api_client");
        }
        if (clients.revoke(municipality, id, CurrentUser.account().value(), clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            audit.record(AuditAction.API_CLIENT_REVOKED, AuditOutcome.SUCCESS, "api_client", id);
        }
    }

    /**
     * Checks a bearer credential: one statement, bound to the municipality the client id names (a
     * forged municipality finds nothing under row-level security). The secret's hash is compared in
     * constant time. A refused known client is audited (as that client); an unknown one is not, so
     * that made-up credentials write nothing. Not one transaction: a transaction would take its
     * connection before the municipality is known, bound to none.
     */
    public Check check(String token) {
        Optional<ApiClientCredentials.Presented> parsed = ApiClientCredentials.parse(token);
        if (parsed.isEmpty()) {
            return new Check.Unknown();
        }
        ApiClientCredentials.Presented presented = parsed.get();
        String hash = ApiClientCredentials.hash(presented.secret());
        LocalDate today = today();
        return CurrentTenant.callAs(presented.municipality(), () -> {
            Optional<ApiClients.Credential> found = clients.forRequest(presented.municipality(), presented.client(),
                    hash, today);
            if (found.isEmpty() || !ApiClientCredentials.sameHash(found.get().secretHash(), hash)) {
                return new Check.Unknown();
            }
            ApiClients.Credential credential = found.get();
            if (credential.revoked() || credential.expiresOn().isBefore(today)) {
                audit.record(AuditAction.API_CLIENT_REFUSED, AuditOutcome.DENIED, "api_client", credential.id(),
                        new ApiClientCaller(credential.id(), presented.municipality(), java.util.Set.of()),
                        presented.municipality());
                return new Check.Refused(presented.municipality(), credential.id());
            }
            return new Check.Accepted(new ApiClientCaller(credential.id(), presented.municipality(), credential.scopes()),
                    credential.requestsPerMinute());
        });
    }

    /** The level per group of a set of scope codes (writing includes reading). */
    static Map<ApiScope, ApiScope.Level> access(java.util.Collection<String> scopes) {
        Map<ApiScope, ApiScope.Level> access = new LinkedHashMap<>();
        for (ApiScope scope : ApiScope.values()) {
            if (scopes.contains(scope.code(ApiScope.Level.WRITE))) {
                access.put(scope, ApiScope.Level.WRITE);
            } else if (scopes.contains(scope.code(ApiScope.Level.READ))) {
                access.put(scope, ApiScope.Level.READ);
            }
        }
        return access;
    }

    /** The form's value of "no access" to a group. */
    public static final String NONE = "geen";

    private static List<String> scopes(Map<ApiScope, String> access, List<FieldProblem> problems) {
        List<String> scopes = new ArrayList<>();
        boolean refused = false;
        for (ApiScope scope : ApiScope.values()) {
            String value = access == null ? null : access.get(scope);
            if (value == null || value.isBlank() || value.equals(NONE)) {
                continue;
            }
            if (value.equals(ApiScope.Level.READ.code())) {
                scopes.add(scope.code(ApiScope.Level.READ));
            } else if (value.equals(ApiScope.Level.WRITE.code()) && scope.writable()) {
                scopes.add(scope.code(ApiScope.Level.READ));
                scopes.add(scope.code(ApiScope.Level.WRITE));
            } else {
                problems.add(new FieldProblem("toegang-" + scope.code(), "apiclients.access.invalid"));
                refused = true;
            }
        }
        if (scopes.isEmpty() && !refused) {
            problems.add(new FieldProblem("toegang", "apiclients.access.required"));
        }
        return scopes;
    }

    private LocalDate expiry(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem("vervaldatum", "apiclients.expiry.required"));
            return null;
        }
        LocalDate date;
        try {
            if (!value.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not ISO", value, 0);
            }
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("vervaldatum", "apiclients.expiry.invalid"));
            return null;
        }
        if (date.isBefore(today())) {
            problems.add(new FieldProblem("vervaldatum", "apiclients.expiry.past"));
        } else if (date.isAfter(latestExpiry())) {
            problems.add(new FieldProblem("vervaldatum", "apiclients.expiry.tooLate", List.of(latestExpiry().toString())));
        }
        return date;
    }

    private int requestsPerMinute(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return properties.defaultRequestsPerMinute();
        }
        try {
            int perMinute = Integer.parseInt(value.strip());
            if (perMinute >= 1 && perMinute <= properties.maxRequestsPerMinute()) {
                return perMinute;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        problems.add(new FieldProblem("verzoekenPerMinuut", "apiclients.limit.invalid",
                List.of(properties.maxRequestsPerMinute())));
        return 0;
    }
}
