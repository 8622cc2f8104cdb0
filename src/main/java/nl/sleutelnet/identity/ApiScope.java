package nl.sleutelnet.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpMethod;

/**
 * What an API client may do: read, or read and write, one resource group of {@code /api/v1}
 * (ADR 0028). The groups follow the API's routes; a route belongs to the group of its last literal
 * path segment that names one (so {@code /sleutelfiguren/{id}/wederkerigheid} is reciprocity and
 * {@code /sleutelfiguren/{id}/status} key figures). A route of no group is not open to clients.
 * Concern contents need a scope that names them; no scope lets a machine take a step in a concern
 * (the four-eyes rule and the feedback to the reporter bind a person).
 */
public enum ApiScope {
    KEY_FIGURES("sleutelfiguren", true),
    ORGANISATIONS("organisaties", true),
    CONTACT_MOMENTS("contactmomenten", true),
    RECIPROCITY("wederkerigheid", true),
    AGREEMENTS("afspraken", true),
    /** Counts and lead times of concerns, never a concern. */
    CONCERN_FIGURES("zorgmeldingcijfers", false),
    /** The concern work list and single concerns with their messages: contents. */
    CONCERNS("zorgmeldingen", false);

    /** How far a client may go in a group. */
    public enum Level {
        READ("lezen"), WRITE("schrijven");

        private final String code;

        Level(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private static final String API = "/api/v1/";
    /** Authorities of API clients: {@code SCOPE_<group>:<level>}; staff have only {@code ROLE_} ones. */
    public static final String AUTHORITY_PREFIX = "SCOPE_";

    private final String code;
    private final boolean writable;

    ApiScope(String code, boolean writable) {
        this.code = code;
        this.writable = writable;
    }

    public String code() {
        return code;
    }

    public boolean writable() {
        return writable;
    }

    /** The stored scope code, e.g. {@code sleutelfiguren:lezen}. */
    public String code(Level level) {
        return code + ":" + level.code();
    }

    /** Every scope code a client can be given. */
    public static List<String> grantable() {
        List<String> codes = new ArrayList<>();
        for (ApiScope scope : values()) {
            codes.add(scope.code(Level.READ));
            if (scope.writable) {
                codes.add(scope.code(Level.WRITE));
            }
        }
        return codes;
    }

    /** The group an API route pattern belongs to; empty for a path outside {@code /api/v1} or of no group. */
    public static Optional<ApiScope> ofRoute(String pattern) {
        if (!pattern.startsWith(API)) {
            return Optional.empty();
        }
        List<String> literals = new ArrayList<>();
        for (String segment : pattern.substring(API.length()).split("/")) {
            if (!segment.isEmpty() && !segment.contains("{") && !segment.contains("*")) {
                literals.add(segment);
            }
        }
        if (literals.equals(List.of("zorgmeldingen", "cijfers"))) {
            return Optional.of(CONCERN_FIGURES);
        }
        for (int i = literals.size() - 1; i >= 0; i--) {
            for (ApiScope scope : values()) {
                if (scope != CONCERN_FIGURES && scope.code.equals(literals.get(i))) {
                    return Optional.of(scope);
                }
            }
        }
        return Optional.empty();
    }

    /** The level a request method needs: reading for GET (and HEAD), writing for anything else (also a route of any method). */
    public static Level levelOf(HttpMethod method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) ? Level.READ : Level.WRITE;
    }

    /**
     * The authority an API client needs for a route, if clients may use it at all: only staff routes
     * under {@code /api/v1} with a group, and a write only in a writable group.
     */
    public static Optional<String> requiredAuthority(RouteTable.Route route) {
        if (route.access() != RouteTable.Access.ROLES || route.roles().stream().noneMatch(Role::isStaff)) {
            return Optional.empty();
        }
        Level level = levelOf(route.method());
        return ofRoute(route.pattern()).filter(scope -> level == Level.READ || scope.writable)
                .map(scope -> AUTHORITY_PREFIX + scope.code(level));
    }
}
