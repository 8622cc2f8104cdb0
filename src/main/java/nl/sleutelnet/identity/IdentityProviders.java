package nl.sleutelnet.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.privacy.FieldEncryption;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.Municipalities;
import nl.sleutelnet.tenancy.Municipality;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The municipalities' own OpenID Connect providers (ADR 0029): what their administrators set up,
 * read under the municipality's row-level security and kept in memory for a minute, so that the
 * login page and a password sign-in do not read the database each time, and a change made on
 * another instance shows within that minute. The client secret is stored encrypted, or comes from
 * the setting {@code sleutelnet.oidc.client-secrets.<CBS code>}.
 */
@Service
public class IdentityProviders {

    static final Duration CACHED_FOR = Duration.ofMinutes(1);
    static final int MAX_ISSUER = 500;
    static final int MAX_CLIENT_ID = 200;
    static final int MAX_SECRET = 500;
    static final int MAX_MFA_VALUES = 10;
    static final int MAX_GROUP_MAPPINGS = 50;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:/-]{1,100}");
    private static final Pattern CLAIM = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");
    private static final Pattern CLIENT_ID = Pattern.compile("[\\x21-\\x7E]{1," + MAX_CLIENT_ID + "}");

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final Municipalities municipalities;
    private final AuditTrail audit;
    private final Environment environment;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();
    private final Map<MunicipalityId, Cached> cache = new ConcurrentHashMap<>();
    private volatile Offering offering;

    private record Offering(List<Municipality> municipalities, Instant until) {
    }

    private record Cached(Optional<IdentityProviderSettings> settings, Instant until) {
    }

    IdentityProviders(JdbcClient jdbc, FieldEncryption encryption, Municipalities municipalities, AuditTrail audit,
            Environment environment, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.municipalities = municipalities;
        this.audit = audit;
        this.environment = environment;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What an administrator types into the set-up screen; a blank secret keeps the stored one. */
    public record Change(String issuer, String clientId, String clientSecret, boolean providerMfaCounts,
            String mfaValues, boolean matchByEmail, boolean passwordLogin, String groupClaim, String groupRoles) {
    }

    /** The municipality's provider, if it has one. */
    public Optional<IdentityProviderSettings> of(MunicipalityId municipality) {
        Instant now = clock.instant();
        Cached cached = cache.get(municipality);
        if (cached == null || cached.until().isBefore(now)) {
            cached = new Cached(CurrentTenant.callAs(municipality, () -> load(municipality)), now.plus(CACHED_FOR));
            cache.put(municipality, cached);
        }
        return cached.settings();
    }

    /** Whether the municipality's staff may sign in with a password (yes, unless its administrator switched it off). */
    public boolean passwordLoginAllowed(MunicipalityId municipality) {
        return of(municipality).map(IdentityProviderSettings::passwordLogin).orElse(true);
    }

    /** The municipalities whose staff can sign in through their own provider, by name. */
    public List<Municipality> offering() {
        Instant now = clock.instant();
        Offering current = offering;
        if (current == null || current.until().isBefore(now)) {
            current = new Offering(municipalities.all().stream().filter(m -> of(m.id()).isPresent()).toList(),
                    now.plus(CACHED_FOR));
            offering = current;
        }
        return current.municipalities();
    }

    /** The municipality with this CBS code, if it has a provider. */
    public Optional<Municipality> offeringByCbsCode(String cbsCode) {
        if (cbsCode == null || !cbsCode.matches("GM[0-9]{4}")) {
            return Optional.empty();
        }
        return offering().stream().filter(m -> m.cbsCode().equals(cbsCode)).findFirst();
    }

    /** The client secret: the one stored (decrypted), else the one from the settings. */
    public Optional<String> clientSecret(Municipality municipality) {
        Optional<String> stored = CurrentTenant.callAs(municipality.id(), () -> jdbc.sql(
                "select client_secret from identity_provider where municipality_id = ? and client_secret is not null")
                .param(municipality.id().value()).query(String.class).optional());
        return stored.map(encryption::decrypt).or(() -> fromSettings(municipality.cbsCode()));
    }

    private Optional<String> fromSettings(String cbsCode) {
        return Optional.ofNullable(environment.getProperty("sleutelnet.oidc.client-secrets." + cbsCode))
                .filter(s -> !s.isBlank());
    }

    /**
     * Sets up (or changes) the current administrator's municipality's provider; refused input
     * changes nothing. Audited as an update of the provider, codes only.
     */
    public void save(MunicipalityId municipality, Change change) {
        Municipality m = municipalities.find(municipality).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        String issuer = issuer(change.issuer(), problems);
        String clientId = strip(change.clientId());
        if (clientId.isEmpty()) {
            problems.add(new FieldProblem("clientId", "provider.error.clientId.required"));
        } else if (!CLIENT_ID.matcher(clientId).matches()) {
            problems.add(new FieldProblem("clientId", "provider.error.clientId.invalid", List.of(MAX_CLIENT_ID)));
        }
        String secret = change.clientSecret() == null ? "" : change.clientSecret().strip();
        if (secret.length() > MAX_SECRET || secret.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem("clientSecret", "provider.error.secret.invalid", List.of(MAX_SECRET)));
        } else if (secret.isEmpty() && clientSecret(m).isEmpty()) {
            problems.add(new FieldProblem("clientSecret", "provider.error.secret.required"));
        }
        List<String> mfaValues = tokens(change.mfaValues());
        if (mfaValues.size() > MAX_MFA_VALUES || mfaValues.stream().anyMatch(v -> !TOKEN.matcher(v).matches())) {
            problems.add(new FieldProblem("mfaValues", "provider.error.mfaValues.invalid", List.of(MAX_MFA_VALUES)));
        } else if (change.providerMfaCounts() && mfaValues.isEmpty()) {
            problems.add(new FieldProblem("mfaValues", "provider.error.mfaValues.required"));
        }
        String groupClaim = strip(change.groupClaim());
        if (!groupClaim.isEmpty() && !CLAIM.matcher(groupClaim).matches()) {
            problems.add(new FieldProblem("groupClaim", "provider.error.groupClaim.invalid"));
        }
        Map<String, Set<Role>> groupRoles = groupRoles(change.groupRoles(), problems);
        if (!groupRoles.isEmpty() && groupClaim.isEmpty()) {
            problems.add(new FieldProblem("groupClaim", "provider.error.groupClaim.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CurrentTenant.runAs(municipality, () -> transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into identity_provider (municipality_id, issuer, client_id, client_secret, provider_mfa_counts,
                        mfa_values, match_by_email, password_login, group_claim, updated_at)
                    values (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, now())
                    on conflict (municipality_id) do update set issuer = excluded.issuer, client_id = excluded.client_id,
                        client_secret = coalesce(excluded.client_secret, identity_provider.client_secret),
                        provider_mfa_counts = excluded.provider_mfa_counts, mfa_values = excluded.mfa_values,
                        match_by_email = excluded.match_by_email, password_login = excluded.password_login,
                        group_claim = excluded.group_claim, updated_at = now()""")
                    .params(municipality.value(), issuer, clientId, secret.isEmpty() ? null : encryption.encrypt(secret),
                            change.providerMfaCounts(), array(mfaValues), change.matchByEmail(), change.passwordLogin(),
                            groupClaim.isEmpty() ? null : groupClaim)
                    .update();
            jdbc.sql("delete from identity_provider_group_role where municipality_id = ?").param(municipality.value())
                    .update();
            groupRoles.forEach((group, roles) -> roles.forEach(role -> jdbc.sql("""
                    insert into identity_provider_group_role (municipality_id, group_value, role) values (?, ?, ?)""")
                    .params(municipality.value(), group, role.name()).update()));
            audit.record(AuditAction.UPDATE, AuditOutcome.SUCCESS, "identity_provider", municipality.value());
        }));
        forget(municipality);
    }

    /** Removes the municipality's provider: its staff sign in with a password again. Links to subjects stay. */
    public boolean remove(MunicipalityId municipality) {
        Boolean removed = CurrentTenant.callAs(municipality, () -> transactions.execute(status -> {
            int rows = jdbc.sql("delete from identity_provider where municipality_id = ?").param(municipality.value())
                    .update();
            if (rows == 1) {
                audit.record(AuditAction.DELETE, AuditOutcome.SUCCESS, "identity_provider", municipality.value());
            }
            return rows == 1;
        }));
        forget(municipality);
        return Boolean.TRUE.equals(removed);
    }

    private void forget(MunicipalityId municipality) {
        cache.remove(municipality);
        offering = null;
    }

    private Optional<IdentityProviderSettings> load(MunicipalityId municipality) {
        Map<String, Set<Role>> groupRoles = new LinkedHashMap<>();
        jdbc.sql("select group_value, role from identity_provider_group_role where municipality_id = ? "
                + "order by group_value, role")
                .param(municipality.value())
                .query((rs, n) -> groupRoles.computeIfAbsent(rs.getString(1), g -> EnumSet.noneOf(Role.class))
                        .add(Role.valueOf(rs.getString(2))))
                .list();
        return jdbc.sql("""
                select issuer, client_id, client_secret is not null, provider_mfa_counts, mfa_values, match_by_email,
                       password_login, group_claim
                from identity_provider where municipality_id = ?""")
                .param(municipality.value())
                .query((rs, n) -> new IdentityProviderSettings(municipality, rs.getString(1), rs.getString(2),
                        rs.getBoolean(3), rs.getBoolean(4), Arrays.asList((String[]) rs.getArray(5).getArray()),
                        rs.getBoolean(6), rs.getBoolean(7), rs.getString(8), groupRoles))
                .optional();
    }

    private static String issuer(String raw, List<FieldProblem> problems) {
        String issuer = strip(raw);
        if (issuer.isEmpty()) {
            problems.add(new FieldProblem("issuer", "provider.error.issuer.required"));
            return issuer;
        }
        try {
            URI uri = new URI(issuer);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            boolean local = "localhost".equals(host) || "127.0.0.1".equals(host);
            if (issuer.length() > MAX_ISSUER || host == null || uri.getRawUserInfo() != null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || !("https".equals(scheme) || ("http".equals(scheme) && local))) {
                problems.add(new FieldProblem("issuer", "provider.error.issuer.invalid", List.of(MAX_ISSUER)));
            }
        } catch (URISyntaxException e) {
            problems.add(new FieldProblem("issuer", "provider.error.issuer.invalid", List.of(MAX_ISSUER)));
        }
        return issuer;
    }

    /** Lines of {@code group = ROLE}; blank lines are skipped. */
    private static Map<String, Set<Role>> groupRoles(String raw, List<FieldProblem> problems) {
        Map<String, Set<Role>> mapping = new LinkedHashMap<>();
        if (raw == null || raw.isBlank()) {
            return mapping;
        }
        List<String> lines = raw.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (String line : lines) {
            int at = line.lastIndexOf('=');
            String group = at < 0 ? "" : line.substring(0, at).strip();
            String roleName = at < 0 ? "" : line.substring(at + 1).strip().toUpperCase(Locale.ROOT);
            Optional<Role> role = Arrays.stream(Role.values()).filter(r -> r.name().equals(roleName)).findFirst()
                    .filter(IdentityProviderSettings.MAPPABLE_ROLES::contains);
            if (group.isEmpty() || group.length() > 200 || group.chars().anyMatch(Character::isISOControl)
                    || role.isEmpty() || lines.size() > MAX_GROUP_MAPPINGS) {
                problems.add(new FieldProblem("groupRoles", "provider.error.groupRoles.invalid",
                        List.of(MAX_GROUP_MAPPINGS)));
                return Map.of();
            }
            mapping.computeIfAbsent(group, g -> EnumSet.noneOf(Role.class)).add(role.get());
        }
        return mapping;
    }

    private static List<String> tokens(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return Arrays.stream(raw.split("[\\s,]+")).filter(t -> !t.isEmpty()).distinct().toList();
    }

    private static String array(List<String> values) {
        // Tokens are checked against TOKEN (no quotes, commas or braces) before they get here.
        return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
