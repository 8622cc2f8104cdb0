package nl.sleutelnet.identity;

import static nl.sleutelnet.identity.Role.ADMINISTRATOR;
import static nl.sleutelnet.identity.Role.ANALYST;
import static nl.sleutelnet.identity.Role.CONCERN_HANDLER;
import static nl.sleutelnet.identity.Role.COORDINATOR;
import static nl.sleutelnet.identity.Role.KEY_FIGURE;
import static nl.sleutelnet.identity.Role.PARTNER;
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

    /** Organisations, affiliations with consent, and the municipality's network settings. */
    private static final List<Route> ORGANISATIONS = List.of(
            roles(HttpMethod.GET, "/organisaties", EnumSet.of(COORDINATOR, CONCERN_HANDLER)),
            roles(HttpMethod.GET, "/organisaties/nieuw", EnumSet.of(COORDINATOR)),
            roles(HttpMethod.POST, "/organisaties", EnumSet.of(COORDINATOR)),
            tenantRecord("organisation", HttpMethod.GET, "/organisaties/{id}", COORDINATOR, CONCERN_HANDLER),
            tenantRecord("organisation", HttpMethod.POST, "/organisaties/{id}", COORDINATOR),
            roles(HttpMethod.GET, "/api/v1/organisaties", EnumSet.of(COORDINATOR, CONCERN_HANDLER)),
            roles(HttpMethod.POST, "/api/v1/organisaties", EnumSet.of(COORDINATOR)),
            tenantRecord("organisation", HttpMethod.GET, "/api/v1/organisaties/{id}", COORDINATOR, CONCERN_HANDLER),
            tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/organisaties", COORDINATOR, CONCERN_HANDLER),
            tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/organisaties", COORDINATOR),
            tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/organisaties/beeindigen", COORDINATOR),
            tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/organisaties/intrekken", COORDINATOR),
            tenantRecord(HttpMethod.GET, "/api/v1/sleutelfiguren/{id}/organisaties", COORDINATOR, CONCERN_HANDLER),
            roles(HttpMethod.GET, "/instellingen/netwerk", EnumSet.of(COORDINATOR, ADMINISTRATOR)),
            roles(HttpMethod.POST, "/instellingen/netwerk/soorten", EnumSet.of(COORDINATOR, ADMINISTRATOR)),
            roles(HttpMethod.POST, "/instellingen/netwerk/soort", EnumSet.of(COORDINATOR, ADMINISTRATOR)),
            roles(HttpMethod.POST, "/instellingen/netwerk/gebieden", EnumSet.of(COORDINATOR, ADMINISTRATOR)),
            roles(HttpMethod.POST, "/instellingen/netwerk/gebied", EnumSet.of(COORDINATOR, ADMINISTRATOR)));

    /** Contact moments, rhythm, work lists and coordination. */
    private static final List<Route> CONTACT = List.of(
            tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/contact", COORDINATOR, PARTNER),
            tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/contact", COORDINATOR, PARTNER),
            tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/contactmomenten", COORDINATOR, PARTNER),
            tenantRecord("follow_up_action", HttpMethod.POST, "/vervolgacties/{id}/afgerond", COORDINATOR, PARTNER),
            roles(HttpMethod.GET, "/contact/werklijst", EnumSet.of(COORDINATOR)),
            roles(HttpMethod.GET, "/contact/afstemming", EnumSet.of(COORDINATOR)),
            roles(HttpMethod.GET, "/contact/gedeeld", EnumSet.of(PARTNER)),
            roles(HttpMethod.GET, "/api/v1/contactmomenten", EnumSet.of(COORDINATOR, PARTNER)),
            roles(HttpMethod.POST, "/api/v1/contactmomenten", EnumSet.of(COORDINATOR, PARTNER)),
            tenantRecord("contact_moment", HttpMethod.GET, "/api/v1/contactmomenten/{id}", COORDINATOR, PARTNER));

    /** Role agreements (R5), coordinator and portal side. */
    private static final List<Route> AGREEMENT = List.of(
            roles(HttpMethod.GET, "/beheer/afspraaktekst", EnumSet.of(COORDINATOR)),
            roles(HttpMethod.POST, "/beheer/afspraaktekst", EnumSet.of(COORDINATOR)),
            tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/afspraak", COORDINATOR),
            tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/afspraak", COORDINATOR),
            tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/afspraak.pdf", COORDINATOR),
            roles(HttpMethod.GET, "/afspraken", EnumSet.of(COORDINATOR)),
            roles(HttpMethod.GET, "/portaal/afspraak", EnumSet.of(KEY_FIGURE)),
            roles(HttpMethod.POST, "/portaal/afspraak/akkoord", EnumSet.of(KEY_FIGURE)),
            roles(HttpMethod.GET, "/portaal/afspraak.pdf", EnumSet.of(KEY_FIGURE)),
            tenantRecord(HttpMethod.GET, "/api/v1/sleutelfiguren/{id}/afspraken", COORDINATOR),
            tenantRecord(HttpMethod.POST, "/api/v1/sleutelfiguren/{id}/afspraken", COORDINATOR),
            tenantRecord("agreement", HttpMethod.GET, "/api/v1/afspraken/{id}", COORDINATOR));

    /** The reciprocity ledger (R4), coordinator and portal side. */
    private static final List<Route> RECIPROCITY = List.of(
            tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/wederkerigheid", COORDINATOR),
            tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/wederkerigheid", COORDINATOR),
            roles(HttpMethod.GET, "/wederkerigheid", EnumSet.of(COORDINATOR)),
            tenantRecord("reciprocity_item", HttpMethod.GET, "/wederkerigheid/{id}", COORDINATOR),
            tenantRecord("reciprocity_item", HttpMethod.POST, "/wederkerigheid/{id}", COORDINATOR),
            roles(HttpMethod.GET, "/portaal/wederkerigheid", EnumSet.of(KEY_FIGURE)),
            roles(HttpMethod.POST, "/portaal/wederkerigheid", EnumSet.of(KEY_FIGURE)),
            tenantRecord(HttpMethod.GET, "/api/v1/sleutelfiguren/{id}/wederkerigheid", COORDINATOR),
            tenantRecord(HttpMethod.POST, "/api/v1/sleutelfiguren/{id}/wederkerigheid", COORDINATOR),
            tenantRecord("reciprocity_item", HttpMethod.GET, "/api/v1/wederkerigheid/{id}", COORDINATOR),
            tenantRecord("reciprocity_item", HttpMethod.POST, "/api/v1/wederkerigheid/{id}/status", COORDINATOR));

    /** The key figure's portal: invitation, own data, downloads, requests; the privacy officer's requests. */
    private static final List<Route> PORTAL = List.of(
            open(HttpMethod.GET, "/uitnodiging"),
            open(HttpMethod.POST, "/uitnodiging"),
            tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/portaaltoegang", COORDINATOR),
            tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/uitnodigen", COORDINATOR),
            tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/blokkeren", COORDINATOR),
            roles(HttpMethod.GET, "/portaaltoegang", EnumSet.of(COORDINATOR)),
            roles(HttpMethod.GET, "/portaal/gegevens", EnumSet.of(KEY_FIGURE)),
            roles(HttpMethod.GET, "/portaal/gegevens/correctie", EnumSet.of(KEY_FIGURE)),
            roles(HttpMethod.POST, "/portaal/gegevens/correctie", EnumSet.of(KEY_FIGURE)),
            roles(HttpMethod.GET, "/portaal/verwijderverzoek", EnumSet.of(KEY_FIGURE)),
            roles(HttpMethod.POST, "/portaal/verwijderverzoek", EnumSet.of(KEY_FIGURE)),
            roles(HttpMethod.GET, "/portaal/mijn-gegevens.json", EnumSet.of(KEY_FIGURE)),
            roles(HttpMethod.GET, "/portaal/mijn-gegevens.pdf", EnumSet.of(KEY_FIGURE)),
            roles(HttpMethod.GET, "/verzoeken/correcties", EnumSet.of(COORDINATOR)),
            tenantRecord("correction_request", HttpMethod.POST, "/verzoeken/correcties/{id}/afhandelen", COORDINATOR),
            roles(HttpMethod.GET, "/beheer/verzoeken", EnumSet.of(PRIVACY_OFFICER)),
            tenantRecord("data_subject_request", HttpMethod.POST, "/beheer/verzoeken/{id}/status", PRIVACY_OFFICER));

    /** Import and export of the register. */
    private static final List<Route> IMPORT_EXPORT = List.of(
            roles(HttpMethod.GET, "/sleutelfiguren/import", EnumSet.of(COORDINATOR)),
            roles(HttpMethod.POST, "/sleutelfiguren/import", EnumSet.of(COORDINATOR)),
            tenantRecord("import_batch", HttpMethod.GET, "/sleutelfiguren/import/{id}", COORDINATOR),
            tenantRecord("import_batch", HttpMethod.POST, "/sleutelfiguren/import/{id}/koppeling", COORDINATOR),
            tenantRecord("import_batch", HttpMethod.GET, "/sleutelfiguren/import/{id}/rapport", COORDINATOR),
            tenantRecord("import_batch", HttpMethod.POST, "/sleutelfiguren/import/{id}/vastleggen", COORDINATOR),
            tenantRecord("import_batch", HttpMethod.POST, "/sleutelfiguren/import/{id}/annuleren", COORDINATOR),
            roles(HttpMethod.GET, "/sleutelfiguren/export", EnumSet.of(COORDINATOR)),
            roles(HttpMethod.POST, "/sleutelfiguren/export", EnumSet.of(COORDINATOR)));

    /** Concerns (R6): the handlers' screens. */
    private static final List<Route> CONCERN = List.of(
            roles(HttpMethod.GET, "/zorgmeldingen", EnumSet.of(CONCERN_HANDLER)),
            tenantRecord("concern", HttpMethod.GET, "/zorgmeldingen/{id}", CONCERN_HANDLER),
            tenantRecord("concern", HttpMethod.POST, "/zorgmeldingen/{id}/stap", CONCERN_HANDLER),
            tenantRecord(HttpMethod.GET, "/sleutelfiguren/{id}/zorgmelding", CONCERN_HANDLER),
            tenantRecord(HttpMethod.POST, "/sleutelfiguren/{id}/zorgmelding", CONCERN_HANDLER));

    /** Concerns (R6): the reporter's side in the portal, and the municipality's status texts. */
    private static final List<Route> CONCERN_PORTAL = List.of(
            roles(HttpMethod.GET, "/portaal/zorgen", EnumSet.of(KEY_FIGURE)),
            roles(HttpMethod.GET, "/portaal/zorgen/nieuw", EnumSet.of(KEY_FIGURE)),
            roles(HttpMethod.POST, "/portaal/zorgen/nieuw", EnumSet.of(KEY_FIGURE)),
            tenantRecord("concern", HttpMethod.GET, "/portaal/zorgen/{id}", KEY_FIGURE),
            tenantRecord("concern", HttpMethod.POST, "/portaal/zorgen/{id}/antwoord", KEY_FIGURE),
            tenantRecord("concern", HttpMethod.POST, "/portaal/zorgen/{id}/tevredenheid", KEY_FIGURE),
            tenantRecord("concern", HttpMethod.POST, "/portaal/zorgen/{id}/heropenen", KEY_FIGURE),
            roles(HttpMethod.GET, "/instellingen/terugkoppelteksten", EnumSet.of(CONCERN_HANDLER, ADMINISTRATOR)),
            roles(HttpMethod.POST, "/instellingen/terugkoppelteksten", EnumSet.of(CONCERN_HANDLER, ADMINISTRATOR)));

    /** Concerns (R6): retention, dashboard figures and the API. */
    private static final List<Route> CONCERN_OPERATIONS = List.of(
            roles(HttpMethod.GET, "/beheer/bewaartermijnen", EnumSet.of(PRIVACY_OFFICER)),
            roles(HttpMethod.POST, "/beheer/bewaartermijnen/uitvoeren", EnumSet.of(PRIVACY_OFFICER)),
            roles(HttpMethod.GET, "/zorgmeldingen/cijfers", EnumSet.of(CONCERN_HANDLER, COORDINATOR)),
            roles(HttpMethod.GET, "/regio/zorgmeldingen/cijfers", EnumSet.of(ANALYST)),
            roles(HttpMethod.GET, "/api/v1/zorgmeldingen", EnumSet.of(CONCERN_HANDLER)),
            roles(HttpMethod.GET, "/api/v1/zorgmeldingen/cijfers", EnumSet.of(CONCERN_HANDLER, COORDINATOR)),
            tenantRecord("concern", HttpMethod.GET, "/api/v1/zorgmeldingen/{id}", CONCERN_HANDLER),
            tenantRecord("concern", HttpMethod.POST, "/api/v1/zorgmeldingen/{id}/stappen", CONCERN_HANDLER));

    /**
     * Every route, literal paths before patterns with variables: the first matching route decides, so
     * {@code /sleutelfiguren/import} must not be taken for {@code /sleutelfiguren/{id}}.
     */
    public static final List<Route> ROUTES = java.util.stream.Stream.of(FOUNDATION, NETWORK, ORGANISATIONS, CONTACT, AGREEMENT,
            RECIPROCITY, PORTAL, IMPORT_EXPORT, CONCERN, CONCERN_PORTAL, CONCERN_OPERATIONS).flatMap(List::stream)
            .sorted(java.util.Comparator.comparingInt(RouteTable::variableParts)).toList();

    private RouteTable() {
    }

    private static int variableParts(Route route) {
        return (int) route.pattern().chars().filter(c -> c == '{' || c == '*').count();
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
