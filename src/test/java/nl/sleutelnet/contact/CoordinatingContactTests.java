package nl.sleutelnet.contact;

import static nl.sleutelnet.contact.ContactFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * The coordination view counts per key figure in a period: contacts, different people, last
 * contact, who with their role, and a gentle "veel contact" above the configured thresholds
 * (more than 6 contacts or more than 3 people by default).
 */
@SleutelnetTest
class CoordinatingContactTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ContactFixtures fixtures;
    SleutelnetUser coordinator;
    SleutelnetUser partner;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = ContactFixtures.of(context);
        coordinator = fixtures.demo("coordinator@maasoever.demo");
        partner = fixtures.demo("partner@maasoever.demo");
        today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void counts_contacts_and_people_per_key_figure_in_the_period() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        KeyFigureId busy = fixtures.keyFigure(DemoTenants.MAASOEVER, "Druk" + tag, KeyFigureStatus.ACTIVE, 30, null, null);
        KeyFigureId calm = fixtures.keyFigure(DemoTenants.MAASOEVER, "Rustig" + tag, KeyFigureStatus.ACTIVE, 30, null, null);
        for (int i = 0; i < 7; i++) {
            log(busy, today.minusDays(i * 3L), i % 2 == 0);
        }
        log(busy, today.minusDays(200), true); // outside the period
        log(calm, today.minusDays(20), false);
        log(calm, today.minusDays(200), true);

        String html = mvc.perform(get("/contact/afstemming").param("van", today.minusDays(30).toString())
                .param("tot", today.toString()).param("sorteer", "contacten").with(as(coordinator))).andReturn()
                .getResponse().getContentAsString();

        String busyRow = row(html, "Druk" + tag);
        assertThat(cells(busyRow)).startsWith("7", "2");
        assertThat(busyRow).contains("veel contact", "Noor Verhoeven", "Netwerkcoördinator", "7×", "Ilse de Wit",
                "Partnerprofessional", "4×");
        String calmRow = row(html, "Rustig" + tag);
        assertThat(cells(calmRow)).startsWith("1", "1");
        assertThat(calmRow).doesNotContain("veel contact").doesNotContain("Ilse de Wit");
        assertThat(html).contains("meer dan 6 contacten of meer dan 3 verschillende mensen");

        String longer = mvc.perform(get("/contact/afstemming").param("van", today.minusDays(365).toString())
                .with(as(coordinator))).andReturn().getResponse().getContentAsString();
        assertThat(cells(row(longer, "Rustig" + tag))).startsWith("2", "2");
    }

    @Test
    void a_bad_period_is_refused_with_a_message() throws Exception {
        MockHttpServletResponse reversed = mvc.perform(get("/contact/afstemming").param("van", today.toString())
                .param("tot", today.minusDays(1).toString()).with(as(coordinator))).andReturn().getResponse();
        assertThat(reversed.getStatus()).isEqualTo(400);
        assertThat(reversed.getContentAsString()).contains("De einddatum ligt vóór de begindatum.");

        MockHttpServletResponse garbage = mvc.perform(get("/contact/afstemming").param("van", "<script>")
                .with(as(coordinator))).andReturn().getResponse();
        assertThat(garbage.getStatus()).isEqualTo(400);
        assertThat(garbage.getContentAsString()).contains("Vul een geldige datum in").doesNotContain("<script>");

        MockHttpServletResponse tooLong = mvc.perform(get("/contact/afstemming").param("van", "2001-01-01")
                .with(as(coordinator))).andReturn().getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString()).contains("hoogstens vijf jaar");
    }

    @Test
    void the_default_period_is_the_last_three_months_and_lists_demo_contacts() throws Exception {
        String html = mvc.perform(get("/contact/afstemming").with(as(coordinator))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("value=\"" + today.minusMonths(3) + "\"", "value=\"" + today + "\"");
        assertThat(html).contains("Contact per sleutelfiguur van");
    }

    private void log(KeyFigureId keyFigure, LocalDate on, boolean withPartner) throws Exception {
        var request = post("/sleutelfiguren/" + keyFigure.value() + "/contact").with(csrf()).with(as(coordinator))
                .param("datum", on.toString()).param("kanaal", "PHONE").param("onderwerp", "YOUTH");
        if (withPartner) {
            request.param("aanwezig", partner.accountId().toString());
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    private static String row(String html, String name) {
        Matcher m = Pattern.compile("<tr>(?:(?!</tr>).)*?" + name + ".*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("row of " + name).isTrue();
        return m.group();
    }

    private static java.util.List<String> cells(String row) {
        Matcher m = Pattern.compile("<td class=\"number\">(\\d+)</td>").matcher(row);
        java.util.List<String> numbers = new java.util.ArrayList<>();
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }
}
