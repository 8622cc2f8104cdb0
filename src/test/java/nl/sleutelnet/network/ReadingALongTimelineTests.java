package nl.sleutelnet.network;

import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * A key figure with a long history: the page shows the first entries and a link to more, and
 * every page of the timeline is one whole document (a template that fails while streaming
 * still answers 200 and leaves a half-written page with an error page inside it).
 */
@SleutelnetTest
class ReadingALongTimelineTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    KeyFigureService keyFigures;

    @Test
    void a_key_figure_with_more_than_a_page_of_history_opens_whole_with_a_link_to_more() throws Exception {
        KeyFigureId id = CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> {
            KeyFigureId registered = keyFigures.register(
                    RegisterTesting.draft("Tijd", RegisterTesting.uniqueName("Lijn")), KeyFigureStatus.ACTIVE);
            for (int i = 0; i < 120; i++) {
                KeyFigure now = keyFigures.get(registered);
                keyFigures.changeStatus(registered, StatusChange.to(
                        now.status() == KeyFigureStatus.ACTIVE ? KeyFigureStatus.PAUSED : KeyFigureStatus.ACTIVE,
                        now.version()));
            }
            return registered;
        });

        String first = wholePage("/sleutelfiguren/" + id);
        assertThat(first).contains("href=\"/sleutelfiguren/" + id + "?tijdlijn=40#tijdlijn-kop\"");
        assertThat(timelineEntries(first)).isEqualTo(20);

        String second = wholePage("/sleutelfiguren/" + id + "?tijdlijn=40");
        assertThat(timelineEntries(second)).isEqualTo(40);
        assertThat(second).contains("?tijdlijn=60#tijdlijn-kop");

        String last = wholePage("/sleutelfiguren/" + id + "?tijdlijn=200");
        assertThat(timelineEntries(last)).isEqualTo(121);
        assertThat(last).doesNotContain("#tijdlijn-kop\"");
    }

    private String wholePage(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)))
                .andReturn().getResponse();
        String page = response.getContentAsString();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page.split("<html", -1)).as("one document").hasSize(2);
        assertThat(page.strip()).endsWith("</html>");
        return page;
    }

    private static int timelineEntries(String page) {
        String list = page.substring(page.indexOf("class=\"timeline-list\""));
        list = list.substring(0, list.indexOf("</ol>"));
        return list.split("<li", -1).length - 1;
    }
}
