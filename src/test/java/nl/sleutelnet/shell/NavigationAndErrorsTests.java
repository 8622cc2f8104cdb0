package nl.sleutelnet.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.NavigationEntry;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.RouteTable;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * The navigation shows what the route table allows and nothing else, grouped, with one current
 * item; unknown paths are not found, {@code /error} asked directly is no server error, and HEAD
 * answers like GET.
 */
@SleutelnetTest
class NavigationAndErrorsTests {

    private static final Pattern NAV = Pattern.compile("<nav class=\"main-nav\".*?</nav>", Pattern.DOTALL);
    private static final Pattern ACCOUNT = Pattern.compile("<div class=\"account\".*?</form>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    RouteTable routeTable;

    @LocalServerPort
    int port;

    private String page(String path, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private static String part(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        return matcher.find() ? matcher.group() : "";
    }

    private static List<String> hrefs(String html) {
        List<String> hrefs = new ArrayList<>();
        Matcher matcher = HREF.matcher(html);
        while (matcher.find()) {
            hrefs.add(matcher.group(1));
        }
        return hrefs;
    }

    @Test
    void every_role_sees_exactly_the_links_its_routes_allow() throws Exception {
        for (Role role : Role.values()) {
            String path = role == Role.KEY_FIGURE ? "/account/wachtwoord"
                    : role == Role.PLATFORM_ADMINISTRATOR ? "/platform" : "/start";
            String html = page(path, TestUsers.as(role, DemoTenants.MAASOEVER));
            List<String> shown = new ArrayList<>(hrefs(part(NAV, html)));
            shown.addAll(hrefs(part(ACCOUNT, html)));
            List<String> allowed = routeTable.navigationFor(java.util.Set.of(role)).stream().map(NavigationEntry::href)
                    .toList();
            assertThat(shown).as(role.name()).containsExactlyInAnyOrderElementsOf(allowed);
            assertThat(shown).as(role + " links the table allows")
                    .allSatisfy(href -> assertThat(routeTable.allows(java.util.Set.of(role), HttpMethod.GET, href)).isTrue());
        }
    }

    @Test
    void a_coordinator_gets_a_short_grouped_bar_and_the_password_in_the_account_menu() throws Exception {
        String html = page("/start", TestUsers.as(Role.COORDINATOR, DemoTenants.MAASOEVER));
        String nav = part(NAV, html);
        assertThat(Pattern.compile("<summary").matcher(nav).results().count()).as("menus").isGreaterThanOrEqualTo(2);
        assertThat(nav).contains("Netwerk", "Contact").doesNotContain("/account/wachtwoord");
        String bar = nav.replaceAll("(?s)<details.*?</details>", "<details/>");
        assertThat(bar.split("<li", -1).length - 1).as("items in the bar itself").isLessThanOrEqualTo(7);
        assertThat(part(ACCOUNT, html)).contains("/account/wachtwoord", "Uitloggen");
    }

    @Test
    void exactly_one_item_is_current_also_on_the_import_pages() throws Exception {
        var coordinator = TestUsers.as(Role.COORDINATOR, DemoTenants.MAASOEVER);
        for (String path : List.of("/sleutelfiguren/import", "/sleutelfiguren", "/start", "/contact/werklijst")) {
            String nav = part(NAV, page(path, coordinator));
            assertThat(nav.split("aria-current=\"page\"", -1).length - 1).as(path).isEqualTo(1);
        }
        String nav = part(NAV, page("/sleutelfiguren/import", coordinator));
        assertThat(nav).containsPattern("href=\"/sleutelfiguren/import\"\\s+aria-current=\"page\"");
    }

    @Test
    void the_analysts_start_page_leads_to_the_regional_figures() throws Exception {
        String html = page("/start", TestUsers.as(Role.ANALYST, DemoTenants.MAASOEVER));
        assertThat(html).contains("/regio/zorgmeldingen/cijfers").doesNotContain("nog geen regionale cijfers");
    }

    @Test
    void a_signed_in_user_gets_not_found_for_a_path_that_does_not_exist() throws Exception {
        var coordinator = TestUsers.as(Role.COORDINATOR, DemoTenants.MAASOEVER);
        for (String path : List.of("/bestaat-niet", "/sleutelfiguren/00000000-0000-4000-8000-000000000101/bestaat-niet",
                "/startpagina")) {
            MockHttpServletResponse response = mvc.perform(get(path).with(coordinator)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(404);
        }
        assertThat(mvc.perform(get("/api/v1/bestaat-niet").with(coordinator)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/beheer/audit").with(coordinator)).andReturn().getResponse().getStatus())
                .as("a route of another role stays forbidden").isEqualTo(403);
        MockHttpServletResponse anonymous = mvc.perform(get("/bestaat-niet")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).as("visitors learn nothing, they are sent to log in").isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).contains("/inloggen");
    }

    @Test
    void the_error_page_asked_for_directly_is_not_a_server_error() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/error")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("Pagina niet gevonden", "Naar de startpagina");
    }

    @Test
    void head_answers_like_get_without_a_body() throws Exception {
        var coordinator = TestUsers.as(Role.COORDINATOR, DemoTenants.MAASOEVER);
        assertThat(mvc.perform(head("/start").with(coordinator)).andReturn().getResponse().getStatus()).isEqualTo(200);
        // Over real HTTP the container leaves the body out.
        HttpResponse<byte[]> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/inloggen")).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(login.body()).isEmpty();
        assertThat(mvc.perform(head("/beheer/audit").with(coordinator)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
