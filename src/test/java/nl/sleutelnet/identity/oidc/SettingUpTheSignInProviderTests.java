package nl.sleutelnet.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.sleutelnet.HostileInput;
import nl.sleutelnet.identity.IdentityProviderSettings;
import nl.sleutelnet.identity.IdentityProviders;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.tenancy.DemoTenants;

/** The administrator's screen for the municipality's provider: what it stores, what it refuses. */
@nl.sleutelnet.SleutelnetTest
class SettingUpTheSignInProviderTests {

    private static final String ISSUER = "https://login.lingedonk.example/realms/medewerkers";

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityProviders providers;

    @AfterEach
    void noProvider() {
        providers.remove(DemoTenants.LINGEDONK);
    }

    @Test
    void the_administrator_sets_up_the_provider_and_the_secret_is_never_shown() throws Exception {
        MockHttpServletResponse saved = mvc.perform(valid().param("clientSecret", "heel-geheim-123")
                .param("providerMfaCounts", "ja").param("mfaValues", "mfa otp")
                .param("groupClaim", "groups").param("groupRoles", "zorg = CONCERN_HANDLER\n\nnetwerk = COORDINATOR"))
                .andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/beheer/inlogdienst");
        IdentityProviderSettings settings = providers.of(DemoTenants.LINGEDONK).orElseThrow();
        assertThat(settings.issuer()).isEqualTo(ISSUER);
        assertThat(settings.secretStored()).isTrue();
        assertThat(settings.providerMfaCounts()).isTrue();
        assertThat(settings.mfaValues()).containsExactly("mfa", "otp");
        assertThat(settings.passwordLogin()).as("an unticked box is off").isFalse();
        assertThat(settings.groupRoles()).containsOnlyKeys("zorg", "netwerk");

        String page = mvc.perform(get("/beheer/inlogdienst").with(TestUsers.as(Role.ADMINISTRATOR, DemoTenants.LINGEDONK)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(ISSUER).contains("/inloggen/oidc/terug/GM9903").doesNotContain("heel-geheim-123");

        // A blank secret keeps the stored one; another municipality's administrator sees none of it.
        assertThat(mvc.perform(valid().param("passwordLogin", "ja")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/beheer/inlogdienst");
        assertThat(providers.of(DemoTenants.LINGEDONK).orElseThrow().secretStored()).isTrue();
        assertThat(mvc.perform(get("/beheer/inlogdienst").with(TestUsers.as(Role.ADMINISTRATOR, DemoTenants.MAASOEVER)))
                .andReturn().getResponse().getContentAsString()).doesNotContain(ISSUER);
    }

    @Test
    void bad_input_is_refused_in_dutch_and_changes_nothing() throws Exception {
        mvc.perform(valid().param("clientSecret", "heel-geheim-123").param("passwordLogin", "ja")).andReturn();
        Optional<IdentityProviderSettings> before = providers.of(DemoTenants.LINGEDONK);
        record Case(String field, String value, String message) {
        }
        for (Case c : List.of(new Case("issuer", "javascript:alert(1)", "Vul een volledig https-adres in"),
                new Case("issuer", "http://login.example.nl", "Vul een volledig https-adres in"),
                new Case("issuer", "", "Vul het adres van de uitgever in."),
                new Case("clientId", "met spatie", "De client-id mag geen spaties"),
                new Case("mfaValues", "mfa \"}", "Gebruik hoogstens 10 waarden"),
                new Case("groupRoles", "beheer = ADMINISTRATOR", "Schrijf hoogstens 50 regels als groep = ROL"),
                new Case("groupClaim", "groups; drop", "Gebruik voor de claim alleen"))) {
            MockHttpServletResponse response = mvc.perform(validWith(c.field(), c.value())).andReturn().getResponse();
            assertThat(response.getStatus()).as(c.toString()).isEqualTo(400);
            assertThat(response.getContentAsString()).as(c.toString()).contains(c.message());
            assertThat(providers.of(DemoTenants.LINGEDONK)).as(c.toString()).isEqualTo(before);
        }
        MockHttpServletResponse noSecret = mvc.perform(valid()).andReturn().getResponse();
        assertThat(noSecret.getStatus()).as("the secret stays once stored").isEqualTo(302);
        providers.remove(DemoTenants.LINGEDONK);
        MockHttpServletResponse firstWithoutSecret = mvc.perform(valid()).andReturn().getResponse();
        assertThat(firstWithoutSecret.getStatus()).isEqualTo(400);
        assertThat(firstWithoutSecret.getContentAsString()).contains("Vul het clientgeheim in");
        assertThat(providers.of(DemoTenants.LINGEDONK)).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> hostile_input_in_every_field_is_stored_as_typed_or_refused() {
        HostileInput hostile = HostileInput.forTest("SettingUpTheSignInProviderTests");
        List<String> fields = List.of("issuer", "clientId", "clientSecret", "mfaValues", "groupClaim", "groupRoles");
        return hostile.tests(hostile.samples(30), (i, sample) -> {
            String field = fields.get(i % fields.size());
            try {
                MockHttpServletRequestBuilder request = validWith(field, sample);
                if (!field.equals("clientSecret")) {
                    request.param("clientSecret", "geheim-" + i);
                }
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                assertThat(response.getStatus()).isIn(302, 400);
                if (response.getStatus() == 302 && field.equals("issuer")) {
                    assertThat(providers.of(DemoTenants.LINGEDONK).orElseThrow().issuer()).isEqualTo(sample.strip());
                }
                if (response.getStatus() == 400) {
                    assertThat(response.getContentAsString()).contains("class=\"error-message\"");
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                providers.remove(DemoTenants.LINGEDONK);
            }
        });
    }

    private static MockHttpServletRequestBuilder valid() {
        return post("/beheer/inlogdienst").with(TestUsers.as(Role.ADMINISTRATOR, DemoTenants.LINGEDONK)).with(csrf())
                .param("issuer", ISSUER).param("clientId", "sleutelnet");
    }

    /** The valid form with one field as given instead. */
    private static MockHttpServletRequestBuilder validWith(String field, String value) {
        MockHttpServletRequestBuilder request = post("/beheer/inlogdienst")
                .with(TestUsers.as(Role.ADMINISTRATOR, DemoTenants.LINGEDONK)).with(csrf());
        request.param("issuer", field.equals("issuer") ? value : ISSUER);
        request.param("clientId", field.equals("clientId") ? value : "sleutelnet");
        if (!field.equals("issuer") && !field.equals("clientId")) {
            request.param(field, value);
        }
        return request;
    }
}
