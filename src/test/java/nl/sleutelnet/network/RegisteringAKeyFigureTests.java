package nl.sleutelnet.network;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/** A coordinator registers a key figure as a candidate: valid input, each kind of bad input, possible duplicates. */
@SleutelnetTest
class RegisteringAKeyFigureTests {

    static final String FORM = "/sleutelfiguren/nieuw";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registers_a_candidate_with_normalised_contact_details_and_shows_them_back() throws Exception {
        String family = RegisterTesting.uniqueName("Kaptein");
        String phone = RegisterTesting.uniquePhone();
        UUID introducer = RegisterTesting.staffId(jdbc, "coordinator@lingedonk.demo");

        MockHttpServletResponse response = mvc.perform(valid("Émile", family, phone)
                .param("namePrefix", "Van der").param("email", "  Emile." + family + "@Voorbeeld.NL ")
                .param("introducedBy", introducer.toString()).param("newToMunicipality", "true")).andReturn()
                .getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        UUID id = UUID.fromString(response.getRedirectedUrl().substring("/sleutelfiguren/".length()));
        Map<String, Object> row = CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> jdbc.sql("""
                select given_name, name_prefix, family_name, email, phone, status, introduced_by, new_to_municipality,
                       preferred_language, preferred_channel, role_types::text as roles,
                       (select string_agg(area_code, ',' order by area_code) from key_figure_area a where a.key_figure_id = k.id) as areas,
                       (select string_agg(kind_code, ',' order by kind_code) from key_figure_network_kind n where n.key_figure_id = k.id) as kinds,
                       (select string_agg(kind, ',') from key_figure_event e where e.key_figure_id = k.id) as events
                from key_figure k where id = ?""").param(id).query().singleRow());
        String digits = phone.replaceAll("[^0-9]", "").substring(1);
        assertThat(row).containsEntry("given_name", "Émile").containsEntry("name_prefix", "van der")
                .containsEntry("family_name", family).containsEntry("email", "emile." + family.toLowerCase() + "@voorbeeld.nl")
                .containsEntry("phone", "+31" + digits).containsEntry("status", "CANDIDATE")
                .containsEntry("introduced_by", introducer).containsEntry("new_to_municipality", true)
                .containsEntry("preferred_language", "tr").containsEntry("preferred_channel", "MESSAGING")
                .containsEntry("roles", "{CONNECTOR,DOER}").containsEntry("areas", "BU99030101,WK990302")
                .containsEntry("kinds", "PARENTS,YOUTH").containsEntry("events", "CREATED");

        String page = mvc.perform(get(response.getRedirectedUrl()).with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Émile van der " + family, "06 " + digits.substring(1) + " (opgeslagen als +31" + digits + ")",
                "emile." + family.toLowerCase() + "@voorbeeld.nl", "Turks", "Berichtenapp", "Ouders", "Jongeren",
                "Verbinder", "Doener", "Kandidaat", "Geregistreerd");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            givenName          | ''                          | Vul een voornaam in.
            familyName         | '   '                       | Vul een achternaam in.
            givenName          | <script>x</script>          | De naam bevat tekens die in een naam niet voorkomen
            namePrefix         | van van van van van van van van | Het tussenvoegsel is te lang
            email              | emile@@voorbeeld            | Vul een geldig e-mailadres in
            phone              | 06-1234                     | Vul een geldig telefoonnummer in
            preferredLanguage  | xyz                         | Kies een taal uit de lijst
            preferredChannel   | PIGEON                      | Kies een voorkeurskanaal uit de lijst.
            areaCodes          | WK990101                    | Kies wijken en buurten uit de lijst van uw gemeente.
            networkKinds       | FAITH_BASED                 | alleen vast als organisatie, met toestemming
            networkKinds       | ASTROLOGY                   | Kies netwerken uit de lijst van uw gemeente.
            roleTypes          | INFORMANT                   | Kies rollen uit de lijst.
            introducedBy       | 00000000-0000-4000-8000-000000000999 | Kies een collega uit de lijst.
            """)
    void refuses_each_kind_of_bad_input_next_to_its_field_and_writes_nothing(String field, String value, String message)
            throws Exception {
        Map<String, String> before = RegisterTesting.rows(jdbc);

        MockHttpServletResponse response = mvc.perform(valid("Ilse", RegisterTesting.uniqueName("Fout"),
                RegisterTesting.uniquePhone(), field, value)).andReturn().getResponse();

        String html = response.getContentAsString();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(html).contains("Controleer het formulier").contains("id=\"" + field + "-fout\"").contains(message);
        assertThat(html).doesNotContain("<script>x</script>");
        assertThat(RegisterTesting.rows(jdbc)).isEqualTo(before);
    }

    @Test
    void another_language_needs_its_two_letter_code() throws Exception {
        MockHttpServletResponse refused = mvc.perform(valid("Ilse", RegisterTesting.uniqueName("Taal"),
                RegisterTesting.uniquePhone(), "preferredLanguage", "other")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("id=\"otherLanguage-fout\"");

        MockHttpServletResponse accepted = mvc.perform(valid("Ilse", RegisterTesting.uniqueName("Taal"),
                RegisterTesting.uniquePhone(), "preferredLanguage", "other").param("otherLanguage", "RO"))
                .andReturn().getResponse();
        assertThat(accepted.getStatus()).isEqualTo(302);
        UUID id = UUID.fromString(accepted.getRedirectedUrl().substring("/sleutelfiguren/".length()));
        assertThat(CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> jdbc.sql(
                "select preferred_language from key_figure where id = ?").param(id).query(String.class).single()))
                .isEqualTo("ro");
    }

    @Test
    void warns_about_a_possible_duplicate_by_email_phone_or_name_and_registers_only_when_confirmed() throws Exception {
        String family = RegisterTesting.uniqueName("Dubbel");
        String phone = RegisterTesting.uniquePhone();
        MockHttpServletResponse first = mvc.perform(valid("Noa", family, phone)
                .param("email", family + "@voorbeeld.nl")).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(302);
        String existing = first.getRedirectedUrl();

        // Same e-mail address in capitals, someone else's name.
        assertDuplicateWarning(valid("Bram", RegisterTesting.uniqueName("Ander"), RegisterTesting.uniquePhone())
                .param("email", family.toUpperCase() + "@VOORBEELD.NL"), existing, "zelfde e-mailadres");
        // Same number written differently.
        assertDuplicateWarning(valid("Bram", RegisterTesting.uniqueName("Ander"), "+31 (0)" + phone.substring(1)),
                existing, "zelfde telefoonnummer");
        // Same name, with an accent and the tussenvoegsel left out.
        assertDuplicateWarning(valid("Noà", family.toUpperCase(), RegisterTesting.uniquePhone())
                .param("namePrefix", "de"), existing, "zelfde naam");

        MockHttpServletResponse confirmed = mvc.perform(valid("Noa", family, RegisterTesting.uniquePhone())
                .param("confirmDuplicate", "true")).andReturn().getResponse();
        assertThat(confirmed.getStatus()).isEqualTo(302);
        assertThat(confirmed.getRedirectedUrl()).isNotEqualTo(existing);
    }

    private void assertDuplicateWarning(MockHttpServletRequestBuilder request, String existing, String match)
            throws Exception {
        Map<String, String> before = RegisterTesting.rows(jdbc);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Staat deze persoon er al in?", "href=\"" + existing + "\"",
                match, "name=\"confirmDuplicate\"");
        assertThat(RegisterTesting.rows(jdbc)).as("nothing written before confirmation").isEqualTo(before);
    }

    @Test
    void the_form_offers_the_municipality_s_areas_by_wijk_and_only_non_sensitive_network_kinds() throws Exception {
        String html = mvc.perform(get(FORM).with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))).andReturn()
                .getResponse().getContentAsString();

        assertThat(html).contains("<legend>Centrum (WK990301)</legend>", "De hele wijk Centrum", "Binnenstad (BU99030101)",
                "value=\"YOUTH\"", "Legt verbindingen", "Kritische denker", "toestemming", "Aangedragen door");
        assertThat(html).doesNotContain("value=\"FAITH_BASED\"", "WK990101");
    }

    @Test
    void only_a_coordinator_registers() throws Exception {
        Map<String, String> before = RegisterTesting.rows(jdbc);
        for (Role role : new Role[] { Role.CONCERN_HANDLER, Role.PARTNER, Role.ADMINISTRATOR }) {
            MockHttpServletRequestBuilder request = post(FORM).with(as(role, DemoTenants.LINGEDONK)).with(csrf())
                    .param("givenName", "Ilse").param("familyName", RegisterTesting.uniqueName("Rol"));
            assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(RegisterTesting.rows(jdbc)).isEqualTo(before);
    }

    /** A complete, valid registration in Lingedonk, to which a test adds or overrides one field. */
    private static MockHttpServletRequestBuilder valid(String givenName, String familyName, String phone) {
        return valid(givenName, familyName, phone, null, null);
    }

    /** As {@link #valid(String, String, String)} with one field replaced. */
    private static MockHttpServletRequestBuilder valid(String givenName, String familyName, String phone,
            String field, String value) {
        Map<String, String[]> params = new java.util.LinkedHashMap<>();
        params.put("givenName", new String[] { givenName });
        params.put("familyName", new String[] { familyName });
        params.put("phone", new String[] { phone });
        params.put("preferredLanguage", new String[] { "tr" });
        params.put("preferredChannel", new String[] { "MESSAGING" });
        params.put("areaCodes", new String[] { "WK990302", "BU99030101" });
        params.put("networkKinds", new String[] { "YOUTH", "PARENTS" });
        params.put("roleTypes", new String[] { "CONNECTOR", "DOER" });
        if (field != null) {
            params.put(field, new String[] { value });
        }
        MockHttpServletRequestBuilder request = post(FORM).with(as(Role.COORDINATOR, DemoTenants.LINGEDONK))
                .with(csrf());
        params.forEach(request::param);
        return request;
    }
}
