package nl.sleutelnet.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import nl.sleutelnet.SleutelnetTest;

/**
 * Every line of the start page's work list reads right after its count, in Dutch and English, for one
 * item and for more than one ("1 afspraak", "2 afspraken"): the start page shows the count and then the
 * label rendered with that count.
 */
@SleutelnetTest
class WorkListLabelsTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Pattern ENTRY_KEY = Pattern.compile("new WorkListEntry\\(\\s*\"([\\w.]+)\"");

    /** Key -> the label after 1 and after 2, in Dutch and then in English. */
    private static final Map<String, String[]> LABELS = new LinkedHashMap<>();

    static {
        label("concern.workList.overdue",
                "zorgmelding te laat met terugkoppeling", "zorgmeldingen te laat met terugkoppeling",
                "concern late with feedback", "concerns late with feedback");
        label("concern.workList.due",
                "zorgmelding binnenkort terugkoppelen", "zorgmeldingen binnenkort terugkoppelen",
                "concern with feedback due soon", "concerns with feedback due soon");
        label("concern.workList.approval",
                "zorgmelding wacht op uw goedkeuring (vier ogen)", "zorgmeldingen wachten op uw goedkeuring (vier ogen)",
                "concern waiting for your approval (four eyes)", "concerns waiting for your approval (four eyes)");
        label("agreement.workList.review",
                "afspraak om te herzien (binnen 30 dagen of verstreken)",
                "afspraken om te herzien (binnen 30 dagen of verstreken)",
                "agreement to review (within 30 days or passed)", "agreements to review (within 30 days or passed)");
        label("agreement.workList.waiting",
                "afspraak die al meer dan 14 dagen wacht op akkoord",
                "afspraken die al meer dan 14 dagen wachten op akkoord",
                "agreement waiting for acceptance for more than 14 days",
                "agreements waiting for acceptance for more than 14 days");
        label("reciprocity.workList.new",
                "nieuw verzoek van een sleutelfiguur", "nieuwe verzoeken van sleutelfiguren",
                "new request from a key figure", "new requests from key figures");
        label("contact.workList.overdue",
                "sleutelfiguur te laat voor contact", "sleutelfiguren te laat voor contact",
                "key figure overdue for contact", "key figures overdue for contact");
        label("contact.workList.dueThisWeek",
                "sleutelfiguur deze week aan de beurt voor contact", "sleutelfiguren deze week aan de beurt voor contact",
                "key figure due for contact this week", "key figures due for contact this week");
        label("contact.workList.followUpsOverdue",
                "eigen vervolgactie over de datum", "eigen vervolgacties over de datum",
                "own follow-up action past their date", "own follow-up actions past their date");
        label("keyFigures.workList.withoutContact",
                "sleutelfiguur zonder (actieve) contactpersoon", "sleutelfiguren zonder (actieve) contactpersoon",
                "key figure without an (active) contact person", "key figures without an (active) contact person");
        label("portal.workList.corrections",
                "correctieverzoek van een sleutelfiguur", "correctieverzoeken van sleutelfiguren",
                "correction request from a key figure", "correction requests from key figures");
        label("portal.workList.correctionsOverdue",
                "correctieverzoek over de termijn", "correctieverzoeken over de termijn",
                "correction request past the deadline", "correction requests past the deadline");
        label("portal.workList.invitationsExpired",
                "uitnodiging voor het portaal verlopen zonder account",
                "uitnodigingen voor het portaal verlopen zonder account",
                "portal invitation expired without an account", "portal invitations expired without an account");
        label("portal.workList.erasures",
                "verzoek om verwijdering", "verzoeken om verwijdering",
                "erasure request", "erasure requests");
        label("portal.workList.erasuresOverdue",
                "verzoek om verwijdering over de termijn", "verzoeken om verwijdering over de termijn",
                "erasure request past the deadline", "erasure requests past the deadline");
    }

    private static void label(String key, String dutchOne, String dutchTwo, String englishOne, String englishTwo) {
        LABELS.put(key, new String[] {dutchOne, dutchTwo, englishOne, englishTwo});
    }

    @Autowired
    MessageSource messages;

    @Test
    void every_work_list_line_has_a_singular_and_a_plural_in_both_languages() {
        for (Map.Entry<String, String[]> label : LABELS.entrySet()) {
            String key = label.getKey();
            String[] expected = label.getValue();
            assertThat(render(key, 1, DUTCH)).as(key + " nl 1").isEqualTo(expected[0]);
            assertThat(render(key, 2, DUTCH)).as(key + " nl 2").isEqualTo(expected[1]);
            assertThat(render(key, 1, Locale.ENGLISH)).as(key + " en 1").isEqualTo(expected[2]);
            assertThat(render(key, 2, Locale.ENGLISH)).as(key + " en 2").isEqualTo(expected[3]);
            assertThat(render(key, 37, DUTCH)).as(key + " nl 37").isEqualTo(expected[1]);
        }
    }

    @Test
    void every_work_list_line_in_the_code_is_checked_here() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = ENTRY_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(LABELS.keySet()).containsAll(used);
    }

    private String render(String key, long count, Locale locale) {
        return messages.getMessage(key, new Object[] {count}, locale);
    }
}
