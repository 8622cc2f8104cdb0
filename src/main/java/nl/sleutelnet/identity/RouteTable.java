package nl.sleutelnet.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one table of who may use which route, joined from every module's {@link RouteContribution}.
 * Anything not listed is denied. A test walks every route in this table for every role and for an
 * own and a foreign municipality, and fails when a controller route is missing here.
 *
 * <p>The first matching route decides, so the table is ordered: fewer variables first, and among
 * routes with as many variables the one whose first variable comes later (e.g.
 * {@code /sleutelfiguren/import/{id}} before {@code /sleutelfiguren/{id}/contact}). Two contributions
 * listing the same method and pattern stop the application from starting.
 */
@Component
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

    /** Every role, staff and key figures. */
    public static final Set<Role> EVERY_ROLE = Set.copyOf(EnumSet.allOf(Role.class));
    /** Every staff role of a municipality or region (not key figures, not the platform administrator). */
    public static final Set<Role> STAFF = Set.copyOf(
            EnumSet.complementOf(EnumSet.of(Role.KEY_FIGURE, Role.PLATFORM_ADMINISTRATOR)));

    private static final PathPatternParser PARSER = new PathPatternParser();

    private final List<Route> routes;
    private final List<PathPattern> patterns;
    /** Per literal first path segment, the routes that can match a path beginning with it, in table order. */
    private final Map<String, int[]> candidatesBySegment;
    /** The routes whose first segment is a variable or a wildcard: candidates for any path. */
    private final int[] candidatesForAnySegment;
    private final List<NavigationEntry> navigation;
    private final Map<Set<Role>, List<NavigationEntry>> navigationByRoles = new ConcurrentHashMap<>();

    public RouteTable(List<RouteContribution> contributions) {
        List<RouteContribution> ordered = contributions.stream()
                .sorted(Comparator.comparing(c -> c.getClass().getName())).toList();
        List<Route> all = new ArrayList<>();
        List<NavigationEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RouteContribution contribution : ordered) {
            for (Route route : contribution.routes()) {
                if (!seen.add(route.method() + " " + route.pattern())) {
                    throw new IllegalStateException("route listed twice: " + route.method() + " " + route.pattern()
                            + " (again in " + contribution.getClass().getName() + ")");
                }
                all.add(route);
            }
            entries.addAll(contribution.navigation());
        }
        this.routes = all.stream().sorted(Comparator.comparingInt(RouteTable::variableParts)
                .thenComparing(Comparator.comparingInt(RouteTable::firstVariableAt).reversed())).toList();
        this.patterns = routes.stream().map(r -> PARSER.parse(r.pattern())).toList();
        Map<String, List<Integer>> bySegment = new HashMap<>();
        List<Integer> anySegment = new ArrayList<>();
        for (int i = 0; i < routes.size(); i++) {
            String segment = literalFirstSegment(routes.get(i).pattern());
            if (segment == null) {
                anySegment.add(i);
                for (List<Integer> candidates : bySegment.values()) {
                    candidates.add(i);
                }
            } else {
                int index = i;
                bySegment.computeIfAbsent(segment, s -> new ArrayList<>(anySegment)).add(index);
            }
        }
        this.candidatesBySegment = new HashMap<>();
        bySegment.forEach((segment, candidates) -> candidatesBySegment.put(segment,
                candidates.stream().mapToInt(Integer::intValue).toArray()));
        this.candidatesForAnySegment = anySegment.stream().mapToInt(Integer::intValue).toArray();
        this.navigation = entries.stream().sorted(Comparator.comparingInt((NavigationEntry e) -> e.group().order())
                .thenComparingInt(NavigationEntry::order)).toList();
    }

    /** Every route, in the order in which they are tried: the first one that matches decides. */
    public List<Route> routes() {
        return routes;
    }

    /**
     * The route that decides a request, if any (none: the request is denied); HEAD is decided as GET.
     * Only the routes that can match the path's first segment are tried, in table order, so the
     * answer is the same as trying them all.
     */
    public Optional<Route> decide(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        HttpMethod asked = HttpMethod.HEAD.equals(method) ? HttpMethod.GET : method;
        for (int i : candidates(container)) {
            Route route = routes.get(i);
            if ((route.method() == null || route.method().equals(asked)) && patterns.get(i).matches(container)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /** Whether some route, for any method, has this path (if not, the path does not exist). */
    public boolean knows(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (int i : candidates(container)) {
            if (patterns.get(i).matches(container)) {
                return true;
            }
        }
        return false;
    }

    private int[] candidates(PathContainer path) {
        String first = "";
        for (PathContainer.Element element : path.elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                first = segment.valueToMatch();
                break;
            }
        }
        return candidatesBySegment.getOrDefault(first, candidatesForAnySegment);
    }

    /** The first segment of a pattern when it is literal text ("" for "/"), else null. */
    private static String literalFirstSegment(String pattern) {
        String rest = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        return first.contains("{") || first.contains("*") || first.contains("?") ? null : first;
    }

    /** Whether a fully signed-in user with these roles may use the method on the path (query ignored). */
    public boolean allows(Collection<Role> roles, HttpMethod method, String href) {
        int end = href.length();
        for (char mark : new char[] { '?', '#' }) {
            int at = href.indexOf(mark);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String path = href.substring(0, end);
        return decide(method, path).filter(route -> roles.stream().anyMatch(route::allows)).isPresent();
    }

    /**
     * The navigation entries a user with these roles may follow, by group and order. Worked out once
     * per combination of roles (the table does not change), not on every page.
     */
    public List<NavigationEntry> navigationFor(Collection<Role> roles) {
        return navigationByRoles.computeIfAbsent(roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles)),
                key -> navigation.stream().filter(e -> allows(key, HttpMethod.GET, e.href())).toList());
    }

    private static int variableParts(Route route) {
        return (int) route.pattern().chars().filter(c -> c == '{' || c == '*').count();
    }

    private static int firstVariableAt(Route route) {
        int at = route.pattern().indexOf('{');
        int star = route.pattern().indexOf('*');
        int first = at < 0 ? star : star < 0 ? at : Math.min(at, star);
        return first < 0 ? Integer.MAX_VALUE : first;
    }

    /** A route anyone may use. */
    public static Route open(HttpMethod method, String pattern) {
        return new Route(method, pattern, Access.PUBLIC, Set.of(), Scope.NONE);
    }

    /** A route used between password and second factor. */
    public static Route pending(HttpMethod method, String pattern) {
        return new Route(method, pattern, Access.SECOND_FACTOR_PENDING, Set.of(), Scope.NONE);
    }

    /** A route for fully signed-in users with one of the roles. */
    public static Route roles(HttpMethod method, String pattern, Set<Role> roles) {
        return new Route(method, pattern, Access.ROLES, Set.copyOf(roles), Scope.NONE);
    }

    /** A route whose {id} is a key figure of the user's municipality. */
    public static Route tenantRecord(HttpMethod method, String pattern, Role... roles) {
        return tenantRecord("key_figure", method, pattern, roles);
    }

    /** A route whose {id} is a row of {@code table} (a tenant-owned table with an {@code id} column). */
    public static Route tenantRecord(String table, HttpMethod method, String pattern, Role... roles) {
        return new Route(method, pattern, Access.ROLES, Set.copyOf(Arrays.asList(roles)), Scope.TENANT_RECORD, table);
    }
}
