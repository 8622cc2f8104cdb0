package nl.sleutelnet.concern;

import static nl.sleutelnet.concern.PortalConcernFixtures.TOWN;
import static nl.sleutelnet.concern.PortalConcernFixtures.asHandler;
import static nl.sleutelnet.concern.PortalConcernFixtures.handle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.agreement.AgreementTestSupport;
import nl.sleutelnet.audit.AuditActor;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.TestUsers;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.portal.PortalFixtures;
import nl.sleutelnet.tenancy.CurrentTenant;

/**
 * A proposed "no concern" or handover is not yet an outcome: the confirmation says a second handler
 * must approve it, and the other handlers hear by e-mail (without content) that work waits for them.
 */
@SleutelnetTest
class ProposingAnOutcomeForASecondHandlerTests {

    private static final String PASSWORD = "Een-lang-en-sterk-wachtwoord-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    ConcernIntake intake;

    @Autowired
    ConcernHandling handling;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    AccountService accounts;

    @Autowired
    GreenMail greenMail;

    @Test
    void theConfirmationOfAProposalSaysThatASecondHandlerMustApproveIt() throws Exception {
        ConcernId proposed = inAssessment("Voorstel");
        assertThat(outcome(proposed, "NO_CONCERN").getFlashMap().get("notice"))
                .isEqualTo("concern.step.done.UITKOMST.proposed");
        ConcernId decided = inAssessment("Besluit");
        assertThat(outcome(decided, "CARE_ROUTE").getFlashMap().get("notice")).isEqualTo("concern.step.done.UITKOMST");
    }

    @Test
    void theOtherHandlersGetANoticeWithoutContentAndTheProposerDoesNot() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String proposerAddress = "voorsteller-" + suffix + "@lingedonk.test";
        String colleagueAddress = "collega-" + suffix + "@lingedonk.test";
        String coordinatorAddress = "coordinator-" + suffix + "@lingedonk.test";
        UUID proposer = accounts.createStaff(TOWN, proposerAddress, "Voorsteller", PASSWORD,
                Set.of(Role.CONCERN_HANDLER));
        accounts.createStaff(TOWN, colleagueAddress, "Collega", PASSWORD, Set.of(Role.CONCERN_HANDLER));
        accounts.createStaff(TOWN, coordinatorAddress, "Coördinator", PASSWORD, Set.of(Role.COORDINATOR));
        ConcernId id = inAssessment("Vierogen");
        String reference = PortalConcernFixtures.concern(handling, id).reference();

        CurrentTenant.runAs(TOWN, () -> {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                    .authenticated(new Staff(proposer), null, List.of()));
            try {
                handling.decide(id, handling.find(id).version(), Decision.of("NO_CONCERN", "Geheime-reden-4321"));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });

        MimeMessage notice = PortalFixtures.mailTo(greenMail, colleagueAddress);
        String text = notice.getSubject() + GreenMailUtil.getBody(notice);
        assertThat(text).contains("/start", "goedkeuren").doesNotContain("Geheime-reden-4321", reference,
                "Vierogen");
        assertThat(PortalFixtures.mailsTo(greenMail, proposerAddress)).as("the proposer may not approve").isZero();
        assertThat(PortalFixtures.mailsTo(greenMail, coordinatorAddress)).as("only handlers").isZero();
    }

    private ConcernId inAssessment(String family) {
        KeyFigureId reporter = AgreementTestSupport.newKeyFigure(keyFigures, TOWN, family);
        ConcernId id = asHandler(() -> intake.recordFor(reporter, ConcernTestSupport.concern("Een zorg.")));
        handle(handling, id, (s, c, v) -> s.acknowledge(c, v, null));
        handle(handling, id, (s, c, v) -> s.startAssessment(c, v, null));
        return id;
    }

    private MvcResult outcome(ConcernId id, String outcome) throws Exception {
        int version = PortalConcernFixtures.concern(handling, id).version();
        return mvc.perform(post("/zorgmeldingen/" + id.value() + "/stap").with(csrf())
                .with(TestUsers.as(Role.CONCERN_HANDLER, TOWN)).param("stap", "UITKOMST").param("uitkomst", outcome)
                .param("onderbouwing", "Besproken met het jongerenwerk.").param("versie", String.valueOf(version)))
                .andReturn();
    }

    private record Staff(UUID actorId) implements AuditActor {

        @Override
        public Kind actorKind() {
            return Kind.STAFF;
        }
    }
}
