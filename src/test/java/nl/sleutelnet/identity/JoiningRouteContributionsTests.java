package nl.sleutelnet.identity;

import static nl.sleutelnet.identity.RouteTable.roles;
import static nl.sleutelnet.identity.RouteTable.tenantRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import nl.sleutelnet.identity.RouteTable.Route;
import nl.sleutelnet.shell.ShellRoutes;

/**
 * A module added later (here a made-up meetings module) only brings its own contribution: its routes
 * join the table in the right order, deny by default still holds, and its navigation entry shows
 * exactly for the roles its route allows.
 */
class JoiningRouteContributionsTests {

    /** What a new module would write in its own web package; nothing in identity or shell changes. */
    static final class MeetingRoutes implements RouteContribution {

        @Override
        public List<Route> routes() {
            return List.of(
                    tenantRecord("meeting", HttpMethod.GET, "/bijeenkomsten/{id}", Role.COORDINATOR),
                    roles(HttpMethod.GET, "/bijeenkomsten", EnumSet.of(Role.COORDINATOR, Role.PARTNER)),
                    roles(HttpMethod.GET, "/bijeenkomsten/nieuw", EnumSet.of(Role.COORDINATOR)));
        }

        @Override
        public List<NavigationEntry> navigation() {
            return List.of(new NavigationEntry("meeting.nav", "/bijeenkomsten", NavigationGroup.CONTACT, 60),
                    new NavigationEntry("meeting.nav.new", "/bijeenkomsten/nieuw", NavigationGroup.CONTACT, 61));
        }
    }

    private final RouteTable table = new RouteTable(List.of(new MeetingRoutes(), new IdentityRoutes(), new ShellRoutes()));

    @Test
    void a_literal_path_of_the_new_module_wins_over_its_id_pattern() {
        assertThat(table.decide(HttpMethod.GET, "/bijeenkomsten/nieuw")).map(Route::pattern).hasValue("/bijeenkomsten/nieuw");
        assertThat(table.decide(HttpMethod.GET, "/bijeenkomsten/00000000-0000-4000-8000-000000000101"))
                .map(Route::pattern).hasValue("/bijeenkomsten/{id}");
    }

    @Test
    void what_no_contribution_lists_is_denied() {
        assertThat(table.decide(HttpMethod.POST, "/bijeenkomsten")).isEmpty();
        assertThat(table.knows("/bijeenkomsten")).isTrue();
        assertThat(table.knows("/sleutelfiguren")).as("a module that is not there").isFalse();
        assertThat(table.allows(Set.of(Role.PARTNER), HttpMethod.GET, "/bijeenkomsten/nieuw")).isFalse();
    }

    @Test
    void head_is_decided_like_get() {
        assertThat(table.decide(HttpMethod.HEAD, "/bijeenkomsten")).map(Route::pattern).hasValue("/bijeenkomsten");
    }

    @Test
    void the_navigation_follows_the_routes() {
        assertThat(table.navigationFor(Set.of(Role.COORDINATOR))).extracting(NavigationEntry::href)
                .containsExactly("/start", "/bijeenkomsten", "/bijeenkomsten/nieuw", "/account/wachtwoord");
        assertThat(table.navigationFor(Set.of(Role.PARTNER))).extracting(NavigationEntry::href)
                .containsExactly("/start", "/bijeenkomsten", "/account/wachtwoord");
        assertThat(table.navigationFor(Set.of(Role.KEY_FIGURE))).extracting(NavigationEntry::href)
                .containsExactly("/account/wachtwoord");
    }

    @Test
    void two_modules_claiming_the_same_route_stop_the_start() {
        assertThatThrownBy(() -> new RouteTable(List.of(new MeetingRoutes(), new MeetingRoutes())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/bijeenkomsten");
    }
}
