package nl.sleutelnet.identity;

import static nl.sleutelnet.identity.Role.CONCERN_HANDLER;
import static nl.sleutelnet.identity.Role.COORDINATOR;
import static nl.sleutelnet.identity.Role.KEY_FIGURE;
import static nl.sleutelnet.identity.Role.PRIVACY_OFFICER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * The one table of who may use which route. Anything not listed is denied. A test walks
 * every route in this table for every role and for an own and a foreign municipality, and
 * fails when a controller route is missing here.
 */
public final class RouteTable {

    /** Who may use a route. */
    public enum Access {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Only between password and second factor. */
        SECOND_FACTOR_PENDING,
        /** Anyone with a session, also halfway through login (logging out). */
        ANY_SESSION,
        /** Fully signed-in users with one of the listed roles. */
        ROLES
    }

    /** Whether the route addresses a record owned by a municipality via its {id}. */
    public enum Scope { NONE, TENANT_RECORD }

    /**
     * One route. For a {@link Scope#TENANT_RECORD} route, {@code recordTable} names the table
     * whose id fills {id}, so the matrix test can try an own and a foreign record.
     */
    public record Route(HttpMethod method, String pattern, Access access, Set<Role> roles, Scope scope,
            String recordTable) {

        public Route(HttpMethod method, String pattern, Access access, Set<Role> roles, Scope scope) {
            this(method, pattern, access, roles, scope, scope == Scope.TENANT_RECORD ? "key_figure" : null);
        }

        public boolean allows(Role role) {
            return access == Access.PUBLIC || (access == Access.ROLES && roles.contains(role));
        }
    }

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(KEY_FIGURE));

    private static final List<Route> FOUNDATION = List.of(
            open(HttpMethod.GET, "/inloggen"),
            open(HttpMethod.POST, "/inloggen"),
            open(HttpMethod.GET, "/actuator/health"),
            open(HttpMethod.GET, "/actuator/health/{group}"),
            open(HttpMethod.GET, "/api/v1/openapi.json"),
            open(HttpMethod.GET, "/api/v1/openapi.json.yaml"),
            open(HttpMethod.GET, "/css/**"),
            open(HttpMethod.GET, "/js/**"),
            open(HttpMethod.GET, "/img/**"),
            open(HttpMethod.GET, "/webjars/**"),
            open(HttpMethod.GET, "/favicon.ico"),
            new Route(null, "/error", Access.PUBLIC, Set.of(), Scope.NONE),

            pending(HttpMethod.GET, "/tweede-factor"),
            pending(HttpMethod.POST, "/tweede-factor"),
            pending(HttpMethod.GET, "/tweede-factor/instellen"),
            pending(HttpMethod.POST, "/tweede-factor/instellen"),
            new Route(HttpMethod.POST, "/uitloggen", Access.ANY_SESSION, Set.of(), Scope.NONE),

            roles(HttpMethod.GET, "/", EVERY_ROLE),
            roles(HttpMethod.GET, "/account/wachtwoord", EVERY_ROLE),
            roles(HttpMethod.POST, "/account/wachtwoord", EVERY_ROLE),
            roles(HttpMethod.GET, "/start", STAFF),
            roles(HttpMethod.GET, "/portaal", EnumSet.of(KEY_FIGURE)),

            roles(HttpMethod.GET, "/beheer/audit", EnumSet.of(PRIVACY_OFFICER)),
            roles(HttpMethod.POST, "/beheer/audit/controle", EnumSet.of(PRIVACY_OFFICER)));

    /** The register: key figures, organisations, lifecycle, network settings. */
    private static final List<Route> NETWORK = List.of(
            roles(HttpMethod.GET, "/sleutelfiguren", EnumSet.of(COORDINATOR, CONCERN_HANDLER)),
            // Literal paths before /sleutelfiguren/{id}: the first matching line decides.
            roles(HttpMethod.GET, "/sleutelfiguren/nieuw", EnumSet.of(COORDINATOR)),
            roles(HttpMethod.POST, "/sleutelfiguren/nieuw", EnumSet.of(COORDINATOR)),
            roles(HttpMethod.GET, "/sleutelfiguren/kandidaten", EnumSet.of(COORDINATOR)),
            tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}", COORDINATOR, CONCERN_HANDLER),
            tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/wijzigen", COORDINATOR),
            tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/wijzigen", COORDINATOR),
            tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/status", COORDINATOR),
            tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/delen", COORDINATOR),
            tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/delen/stoppen", COORDINATOR),
            roles(HttpMethod.GET, "/api/v1/sleutelfiguren", EnumSet.of(COORDINATOR, CONCERN_HANDLER)),
            roles(HttpMethod.POST, "/api/v1/sleutelfiguren", EnumSet.of(COORDINATOR)),
            tenantRecord(HttpMethod.GET, "/api/v1/sleutelfiguren/{id}", COORDINATOR, CONCERN_HANDLER),
            tenantRecord(HttpMethod.PUT, "/api/v1/sleutelfiguren/{id}", COORDINATOR),
            tenantRecord(HttpMethod.POST, "/api/v1/sleutelfiguren/{id}/status", COORDINATOR));

    /** Contact moments, rhythm, work lists and coordination. */
    private static final List<Route> CONTACT = List.of();

    /** Role agreements (R5), coordinator and portal side. */
    private static final List<Route> AGREEMENT = List.of();

    /** The reciprocity ledger (R4), coordinator and portal side. */
    private static final List<Route> RECIPROCITY = List.of();

    /** The key figure's portal: invitation, own data, downloads, requests; the privacy officer's requests. */
    private static final List<Route> PORTAL = List.of();

    /** Import and export of the register. */
    private static final List<Route> IMPORT_EXPORT = List.of();

    public static final List<Route> ROUTES = java.util.stream.Stream.of(FOUNDATION, NETWORK, CONTACT, AGREEMENT,
            RECIPROCITY, PORTAL, IMPORT_EXPORT).flatMap(List::stream).toList();

    private RouteTable() {
    }

    private static Route open(HttpMethod method, String pattern) {
        return new Route(method, pattern, Access.PUBLIC, Set.of(), Scope.NONE);
    }

    private static Route pending(HttpMethod method, String pattern) {
        return new Route(method, pattern, Access.SECOND_FACTOR_PENDING, Set.of(), Scope.NONE);
    }

    private static Route roles(HttpMethod method, String pattern, Set<Role> roles) {
        return new Route(method, pattern, Access.ROLES, Set.copyOf(roles), Scope.NONE);
    }

    /** A route whose {id} is a key figure of the user's municipality. */
    private static Route tenantRecord(HttpMethod method, String pattern, Role... roles) {
        return tenantRecord("key_figure", method, pattern, roles);
    }

    /** A route whose {id} is a row of {@code table} (a tenant-owned table with an {@code id} column). */
    private static Route tenantRecord(String table, HttpMethod method, String pattern, Role... roles) {
        return new Route(method, pattern, Access.ROLES, Set.copyOf(Arrays.asList(roles)), Scope.TENANT_RECORD, table);
    }
}
