package nl.sleutelnet.agreement;

import static nl.sleutelnet.agreement.AgreementTestSupport.agreementForm;
import static nl.sleutelnet.agreement.AgreementTestSupport.contactStaff;
import static nl.sleutelnet.agreement.AgreementTestSupport.nameOf;
import static nl.sleutelnet.agreement.AgreementTestSupport.newKeyFigure;
import static nl.sleutelnet.identity.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.PortalUsers;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/** A key figure reads, accepts and downloads their own agreement in the portal, and nobody else's. */
@SleutelnetTest
class AcceptingAnAgreementInThePortalTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    AccountService accounts;

    @Autowired
    AgreementService agreements;

    @Test
    void theKeyFigureAcceptsTheCurrentVersionAndSeesWhatChangedInTheNextOne() throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Akkoord");
        RequestPostProcessor me = PortalUsers.keyFigure(DemoTenants.LINGEDONK, id.value());
        record(id, "28", "Wij bellen u elke vier weken.");

        String page = mvc.perform(get("/portaal/afspraak").with(me)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Versie 1 wacht op uw akkoord", "Wij bellen u elke vier weken.",
                "Ik ga akkoord met versie 1", "U bent partner, geen informant");

        MockHttpServletResponse accepted = accept(me, "1");
        assertThat(accepted.getStatus()).isEqualTo(302);
        assertThat(current(id).accepted()).isTrue();
        assertThat(mvc.perform(get("/portaal/afspraak").with(me)).andReturn().getResponse().getContentAsString())
                .contains("U ging akkoord met versie 1").doesNotContain("Ik ga akkoord met");

        record(id, "56", "Wij bellen u elke acht weken.");
        String changed = mvc.perform(get("/portaal/afspraak").with(me)).andReturn().getResponse().getContentAsString();
        assertThat(changed).contains("Versie 2 wacht op uw akkoord", "Dit is veranderd sinds versie 1",
                "<li>Contactritme</li>", "<li>Wat u van de gemeente mag verwachten</li>")
                .doesNotContain("<li>Rollen</li>");
    }

    @Test
    void acceptingAVersionThatWasReplacedIsRefusedWithAClearMessage() throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Verouderd");
        RequestPostProcessor me = PortalUsers.keyFigure(DemoTenants.LINGEDONK, id.value());
        record(id, "28", "Eerste versie.");
        record(id, "28", "Tweede versie.");

        MockHttpServletResponse stale = accept(me, "1");

        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("Er is intussen een nieuwere versie van uw afspraak");
        assertThat(versions(id)).noneMatch(Agreement::accepted);
        for (String bad : List.of("", "abc", "-1", "99", "1;drop", "9".repeat(20))) {
            assertThat(accept(me, bad).getStatus()).as(bad).isIn(400, 409);
        }
        assertThat(versions(id)).noneMatch(Agreement::accepted);

        assertThat(accept(me, "2").getStatus()).isEqualTo(302);
        assertThat(versions(id)).extracting(Agreement::accepted).containsExactly(true, false);
    }

    @Test
    void aKeyFigureSeesAndAcceptsOnlyTheirOwnAgreementWhateverTheRequestSays() throws Exception {
        KeyFigureId mine = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Eigen");
        KeyFigureId other = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Ander");
        record(mine, "28", "Mijn afspraak.");
        record(other, "28", "De afspraak van iemand anders.");
        RequestPostProcessor me = PortalUsers.keyFigure(DemoTenants.LINGEDONK, mine.value());

        String page = mvc.perform(get("/portaal/afspraak").param("id", other.value().toString())
                .param("sleutelfiguur", other.value().toString()).with(me)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Mijn afspraak.").doesNotContain("De afspraak van iemand anders.");

        mvc.perform(post("/portaal/afspraak/akkoord").param("versie", "1").param("id", other.value().toString())
                .param("sleutelfiguur", other.value().toString()).with(me).with(csrf())).andReturn();
        assertThat(current(mine).accepted()).isTrue();
        assertThat(current(other).accepted()).as("the other key figure's agreement").isFalse();

        byte[] pdf = mvc.perform(get("/portaal/afspraak.pdf").param("id", other.value().toString()).with(me))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains(nameOf(keyFigures, DemoTenants.LINGEDONK, mine))
                .doesNotContain(nameOf(keyFigures, DemoTenants.LINGEDONK, other));
        // Coordinator routes with an id stay closed to key figures.
        assertThat(mvc.perform(get("/sleutelfiguren/" + other.value() + "/afspraak").with(me)).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theAgreementDownloadsAsATaggedPdfWithTheKeyFiguresName() throws Exception {
        KeyFigureId id = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Pdf");
        record(id, "28", "Wij bellen u elke vier weken.");
        String name = nameOf(keyFigures, DemoTenants.LINGEDONK, id);

        for (var request : List.of(get("/portaal/afspraak.pdf").with(PortalUsers.keyFigure(DemoTenants.LINGEDONK,
                id.value())), get("/sleutelfiguren/" + id.value() + "/afspraak.pdf")
                        .with(as(Role.COORDINATOR, DemoTenants.LINGEDONK)))) {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentType()).isEqualTo("application/pdf");
            assertThat(response.getHeader("Content-Disposition")).contains("attachment")
                    .contains("samenwerkingsafspraak-versie-1.pdf");
            byte[] pdf = response.getContentAsByteArray();
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(text(pdf)).contains(name, "Wij bellen u elke vier weken.",
                    "U bent partner van de gemeente en geen informant");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
                assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
                assertThat(document.getDocumentInformation().getTitle()).contains(name);
            }
        }
        KeyFigureId without = newKeyFigure(keyFigures, DemoTenants.LINGEDONK, "Zonder");
        assertThat(mvc.perform(get("/portaal/afspraak.pdf").with(PortalUsers.keyFigure(DemoTenants.LINGEDONK,
                without.value()))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private void record(KeyFigureId id, String cadence, String text) throws Exception {
        List<UUID> staff = contactStaff(accounts, DemoTenants.LINGEDONK);
        MockHttpServletResponse response = mvc.perform(agreementForm(id, DemoTenants.LINGEDONK, staff.get(0),
                staff.get(1), cadence, LocalDate.now().plusMonths(12), text)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    }

    private MockHttpServletResponse accept(RequestPostProcessor who, String version) throws Exception {
        return mvc.perform(post("/portaal/afspraak/akkoord").param("versie", version).with(who).with(csrf()))
                .andReturn().getResponse();
    }

    private List<Agreement> versions(KeyFigureId id) {
        return CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> agreements.versions(id));
    }

    private Agreement current(KeyFigureId id) {
        return versions(id).get(0);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
