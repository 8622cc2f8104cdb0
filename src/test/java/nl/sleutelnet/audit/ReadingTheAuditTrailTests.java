package nl.sleutelnet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.tenancy.DemoTenants;

/** The privacy officer pages through a long trail by sequence number and narrows it to one action or one id. */
@SleutelnetTest
class ReadingTheAuditTrailTests {

    private static final Pattern ROW = Pattern.compile("<tr>\\s*<td>(\\d+)</td>");
    private static final Pattern LINK = Pattern.compile("href=\"([^\"]*)\" rel=\"(prev|next)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail audit;

    final RequestPostProcessor officer = TestUsers.as(Role.PRIVACY_OFFICER, DemoTenants.MAASOEVER);

    @Test
    void pages_through_every_entry_about_an_id_once_newest_first_and_back() throws Exception {
        UUID keyFigure = UUID.randomUUID();
        for (int i = 0; i < 120; i++) {
            audit.record(i % 10 == 0 ? AuditAction.EXPORT : AuditAction.READ, AuditOutcome.SUCCESS, "key_figure",
                    keyFigure, null, DemoTenants.MAASOEVER);
        }
        // The same id in another municipality's trail is never shown here.
        audit.record(AuditAction.READ, AuditOutcome.SUCCESS, "key_figure", keyFigure, null, DemoTenants.WAALBERGEN);

        String first = page("/beheer/audit?id=" + keyFigure);
        assertThat(rows(first)).hasSize(50);
        assertThat(link(first, "prev")).as("the newest stretch has nothing newer").isNull();
        String second = page(link(first, "next"));
        assertThat(rows(second)).hasSize(50);
        String third = page(link(second, "next"));
        assertThat(rows(third)).hasSize(20);
        assertThat(link(third, "next")).as("the oldest stretch has nothing older").isNull();

        List<Long> all = new ArrayList<>(rows(first));
        all.addAll(rows(second));
        all.addAll(rows(third));
        assertThat(all).as("each entry once, newest first").doesNotHaveDuplicates()
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(link(third, "prev")).contains("id=" + keyFigure).contains("na=" + all.get(100));
        assertThat(rows(page(link(third, "prev")))).as("newer than the oldest stretch: the middle one again")
                .isEqualTo(rows(second));

        String exports = page("/beheer/audit?actie=EXPORT&id=" + keyFigure);
        assertThat(rows(exports)).hasSize(12);
        assertThat(exports).contains("Geëxporteerd").doesNotContain("rel=\"next\"");
    }

    @Test
    void an_actor_id_shows_what_that_person_did() throws Exception {
        UUID staff = UUID.randomUUID();
        AuditActor actor = new AuditActor() {
            @Override
            public Kind actorKind() {
                return Kind.STAFF;
            }

            @Override
            public UUID actorId() {
                return staff;
            }
        };
        audit.record(AuditAction.READ, AuditOutcome.SUCCESS, "concern", UUID.randomUUID(), actor, DemoTenants.MAASOEVER);
        audit.record(AuditAction.UPDATE, AuditOutcome.SUCCESS, "key_figure", UUID.randomUUID(), actor, DemoTenants.MAASOEVER);
        assertThat(rows(page("/beheer/audit?id=" + staff.toString().toUpperCase()))).hasSize(2);
        assertThat(page("/beheer/audit?id=" + UUID.randomUUID())).contains("Geen gebeurtenissen die bij dit filter passen.");
    }

    @Test
    void a_malformed_filter_is_refused_in_dutch_and_shows_nothing() throws Exception {
        MockHttpServletResponse badId = mvc.perform(get("/beheer/audit").param("id", "1 or 1=1").with(officer))
                .andReturn().getResponse();
        assertThat(badId.getStatus()).isEqualTo(400);
        assertThat(badId.getContentAsString()).contains("Vul een id in zoals het in het logboek staat")
                .doesNotContain("<tbody>");
        MockHttpServletResponse badAction = mvc.perform(get("/beheer/audit").param("actie", "DROP").with(officer))
                .andReturn().getResponse();
        assertThat(badAction.getStatus()).isEqualTo(400);
        assertThat(badAction.getContentAsString()).contains("Kies een handeling uit de lijst.");
        // A position that is not a number is the newest stretch, as a page number that is not a number is page 1.
        assertThat(mvc.perform(get("/beheer/audit").param("voor", "abc").with(officer)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path.replace("&amp;", "&")).with(officer)).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private static List<Long> rows(String html) {
        List<Long> seqs = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            seqs.add(Long.valueOf(m.group(1)));
        }
        return seqs;
    }

    private static String link(String html, String rel) {
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            if (m.group(2).equals(rel)) {
                return m.group(1);
            }
        }
        return null;
    }
}
