package nl.sleutelnet.contact;

import static nl.sleutelnet.contact.ContactFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.network.TimelineContributor;
import nl.sleutelnet.network.TimelineEntry;
import nl.sleutelnet.privacy.DataSubject;
import nl.sleutelnet.privacy.PersonalDataContributor;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * The key figure's timeline shows contacts by date, channel and topics, never the note; the key
 * figure's own data download holds everything recorded, the note decrypted.
 */
@SleutelnetTest
class ShowingContactsToTheKeyFigureTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    List<TimelineContributor> timelines;

    @Autowired
    List<PersonalDataContributor> downloads;

    @Test
    void timeline_without_note_and_download_with_everything() throws Exception {
        ContactFixtures fixtures = ContactFixtures.of(context);
        SleutelnetUser coordinator = fixtures.demo("coordinator@maasoever.demo");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        KeyFigureId keyFigure = fixtures.keyFigure(DemoTenants.MAASOEVER, "Tijdlijn", KeyFigureStatus.ACTIVE, 30, null,
                coordinator.accountId());
        mvc.perform(post("/sleutelfiguren/" + keyFigure.value() + "/contact").with(csrf()).with(as(coordinator))
                .param("datum", today.toString()).param("kanaal", "MESSAGING").param("onderwerp", "PARENTING")
                .param("notitie", "Geheime notitie over de ouderavond")
                .param("vervolgOmschrijving", "Flyer sturen").param("vervolgEigenaar", coordinator.accountId().toString())
                .param("vervolgDatum", today.plusDays(2).toString())).andReturn();

        TimelineContributor timeline = timelines.stream().filter(ContactTimeline.class::isInstance).findFirst()
                .orElseThrow();
        // Outside a request the locale is the JVM's; on the key-figure page it is the user's (Dutch by default).
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        List<TimelineEntry> entries;
        try {
            entries = CurrentTenant.callAs(DemoTenants.MAASOEVER, () -> timeline.timelineOf(keyFigure, 10));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.labelKey()).isEqualTo("contact.timeline.label");
            assertThat(e.detail()).contains("Berichtenapp", "Opvoeding").doesNotContain("Geheime", "Flyer");
            assertThat(e.href()).isEqualTo("/sleutelfiguren/" + keyFigure.value() + "/contactmomenten");
        });

        PersonalDataContributor download = downloads.stream().filter(d -> d.section().equals("contactmomenten"))
                .findFirst().orElseThrow();
        List<Map<String, Object>> records = CurrentTenant.callAs(DemoTenants.MAASOEVER,
                () -> download.personalDataOf(DataSubject.keyFigure(keyFigure.value())).asMaps());
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.get("datum")).isEqualTo(today);
            assertThat(r.get("kanaal")).isEqualTo("Berichtenapp");
            assertThat(r.get("onderwerpen")).isEqualTo(List.of("Opvoeding"));
            assertThat(r.get("notitie")).isEqualTo("Geheime notitie over de ouderavond");
            assertThat(r.get("aanwezig")).isEqualTo(List.of("Noor Verhoeven"));
            assertThat((List<?>) r.get("vervolgacties")).singleElement().asString().startsWith("Flyer sturen");
        });
    }
}
