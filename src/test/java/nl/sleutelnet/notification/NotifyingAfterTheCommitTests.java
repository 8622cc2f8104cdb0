package nl.sleutelnet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.concern.ConcernFeedbackSent;
import nl.sleutelnet.concern.ConcernId;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.portal.PortalFixtures;
import nl.sleutelnet.portal.PortalFixtures.Person;
import nl.sleutelnet.portal.PortalInvitationCreated;
import nl.sleutelnet.privacy.FieldEncryption;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * Notices travel as events: the notification module mails them once the publishing transaction
 * committed, under the event's municipality (the test thread has no tenant), and not at all when
 * it rolled back. The registry keeps no completed publication and never a readable code.
 */
@SleutelnetTest
@EnableScenarios
class NotifyingAfterTheCommitTests {

    @Autowired
    GreenMail greenMail;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    FieldEncryption encryption;

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventSerializer serializer;

    @AfterEach
    void removeTestKeyFigures() {
        new PortalFixtures(keyFigures, accounts, jdbc).cleanUp();
    }

    @Test
    void an_invitation_is_mailed_after_the_commit_with_the_link_opened(Scenario scenario) throws Exception {
        Person person = Person.fresh();
        KeyFigureId id = new PortalFixtures(keyFigures, accounts, jdbc).keyFigure(DemoTenants.MAASOEVER, person,
                KeyFigureStatus.ACTIVE);
        String code = "code-" + UUID.randomUUID();

        scenario.publish(new PortalInvitationCreated(DemoTenants.MAASOEVER, id.value(), "Maasoever (demo)",
                encryption.encrypt("/uitnodiging?code=" + code), Instant.parse("2026-03-29T01:30:00Z")))
                .andWaitForStateChange(() -> mails(person), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));

        MimeMessage mail = PortalFixtures.mailTo(greenMail, person.email());
        assertThat(mail.getSubject()).isEqualTo("Uitnodiging voor het Sleutelnet-portaal");
        assertThat((String) mail.getContent()).contains("Maasoever (demo)", "/uitnodiging?code=" + code,
                "29 maart 2026");
        assertThat(publicationsAbout(id.value())).as("completed publications are deleted").isZero();
    }

    @Test
    void nothing_is_mailed_when_the_transaction_rolls_back() throws Exception {
        Person person = Person.fresh();
        KeyFigureId id = new PortalFixtures(keyFigures, accounts, jdbc).keyFigure(DemoTenants.MAASOEVER, person,
                KeyFigureStatus.ACTIVE);

        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new PortalInvitationCreated(DemoTenants.MAASOEVER, id.value(), "Maasoever (demo)",
                    encryption.encrypt("/uitnodiging?code=teruggedraaid"), Instant.now()));
            tx.setRollbackOnly();
        });
        greenMail.waitForIncomingEmail(1_000, greenMail.getReceivedMessages().length + 1);

        assertThat(mails(person)).isZero();
        assertThat(publicationsAbout(id.value())).as("the publication rolled back with the step").isZero();
    }

    @Test
    void feedback_on_a_concern_reaches_the_reporter_as_a_notice_without_content(Scenario scenario) throws Exception {
        Person person = Person.fresh();
        KeyFigureId id = new PortalFixtures(keyFigures, accounts, jdbc).keyFigure(DemoTenants.MAASOEVER, person,
                KeyFigureStatus.ACTIVE);

        scenario.publish(new ConcernFeedbackSent(DemoTenants.MAASOEVER, new ConcernId(UUID.randomUUID()), id.value()))
                .andWaitForStateChange(() -> mails(person), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));

        MimeMessage mail = PortalFixtures.mailTo(greenMail, person.email());
        assertThat(mail.getSubject()).isEqualTo("Er is nieuws voor u in het Sleutelnet-portaal");
        assertThat((String) mail.getContent()).contains("/portaal").doesNotContain(person.familyName());
    }

    @Test
    void a_notice_read_back_from_the_registry_for_a_retry_is_the_same_and_holds_no_readable_code() {
        PortalInvitationCreated invitation = new PortalInvitationCreated(DemoTenants.MAASOEVER, UUID.randomUUID(),
                "Maasoever (demo)", encryption.encrypt("/uitnodiging?code=geheim-123"), Instant.now());
        ConcernFeedbackSent feedback = new ConcernFeedbackSent(DemoTenants.LINGEDONK, new ConcernId(UUID.randomUUID()),
                UUID.randomUUID());

        Object stored = serializer.serialize(invitation);

        assertThat(stored.toString()).doesNotContain("geheim-123", "portal.mail");
        assertThat(serializer.deserialize(stored, PortalInvitationCreated.class)).isEqualTo(invitation);
        assertThat(serializer.deserialize(serializer.serialize(feedback), ConcernFeedbackSent.class)).isEqualTo(feedback);
    }

    private int mails(Person person) {
        try {
            return PortalFixtures.mailsTo(greenMail, person.email());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long publicationsAbout(UUID keyFigure) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + keyFigure + "%").query(Long.class).single();
    }
}
