package nl.sleutelnet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.sun.net.httpserver.HttpServer;

import jakarta.servlet.http.Cookie;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.portal.PortalFixtures;
import nl.sleutelnet.portal.PortalFixtures.Person;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * Every PDF comes from the one renderer: tagged (PDF/UA), every font embedded, and nothing
 * fetched from outside, whatever the template points at. Checked on the renderer itself and on
 * the personal-data download, which used a plainer renderer before.
 */
@SleutelnetTest
class RenderingAPdfTests {

    @Autowired
    PdfRenderer renderer;

    @Autowired
    MockMvc mvc;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestKeyFigures() {
        new PortalFixtures(keyFigures, accounts, jdbc).cleanUp();
    }

    @Test
    void a_template_that_points_outside_loads_nothing() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            byte[] pdf = renderer.render("test/external-resources", Locale.forLanguageTag("nl"), Map.of("base", base));
            assertAccessible(pdf);
        } finally {
            server.stop(0);
        }
        assertThat(requests).as("requests for external resources").hasValue(0);
    }

    @Test
    void the_personal_data_download_is_tagged_with_embedded_fonts() throws Exception {
        PortalFixtures fixtures = new PortalFixtures(keyFigures, accounts, jdbc);
        Person me = Person.fresh();
        String username = fixtures.keyFigureWithAccount(DemoTenants.MAASOEVER, me);
        Cookie session = PortalFixtures.logIn(mvc, username, PortalFixtures.PASSWORD);

        byte[] pdf = mvc.perform(get("/portaal/mijn-gegevens.pdf").cookie(session)).andReturn().getResponse()
                .getContentAsByteArray();

        assertAccessible(pdf);
    }

    private static void assertAccessible(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isNotBlank();
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("DejaVu");
            });
        }
    }
}
