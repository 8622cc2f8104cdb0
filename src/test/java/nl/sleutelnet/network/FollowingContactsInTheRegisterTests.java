package nl.sleutelnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.portal.PortalFixtures;
import nl.sleutelnet.portal.PortalFixtures.Person;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;

/**
 * The register follows what the contact and agreement modules record: an arranged rhythm and a
 * logged contact move the key figure's next contact date in the publisher's own transaction, and
 * a step that rolls back leaves the register as it was. In the one shared test context.
 */
@SleutelnetTest
@EnableScenarios
class FollowingContactsInTheRegisterTests {

    @Autowired
    KeyFigureService keyFigures;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void removeTestKeyFigures() {
        new PortalFixtures(keyFigures, accounts, jdbc).cleanUp();
    }

    @Test
    void an_arranged_rhythm_and_a_logged_contact_move_the_next_contact_date(Scenario scenario) {
        KeyFigureId id = new PortalFixtures(keyFigures, accounts, jdbc).keyFigure(DemoTenants.LINGEDONK, Person.fresh(),
                KeyFigureStatus.ACTIVE);
        LocalDate day = LocalDate.now().minusDays(2);

        CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> scenario.publish(new ContactArranged(DemoTenants.LINGEDONK,
                id, null, null, 30)).andWaitForStateChange(() -> cadence(id)).andVerify(c -> assertThat(c).isEqualTo(30)));
        CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> scenario.publish(new ContactLogged(DemoTenants.LINGEDONK, id, day))
                .andWaitForStateChange(() -> next(id)).andVerify(next -> assertThat(next).isEqualTo(day.plusDays(30))));
    }

    @Test
    void a_contact_whose_transaction_rolls_back_leaves_the_register_as_it_was() {
        KeyFigureId id = new PortalFixtures(keyFigures, accounts, jdbc).keyFigure(DemoTenants.LINGEDONK, Person.fresh(),
                KeyFigureStatus.ACTIVE);

        CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> transactions.executeWithoutResult(tx -> {
            events.publishEvent(new ContactLogged(DemoTenants.LINGEDONK, id, LocalDate.now()));
            assertThat(keyFigures.find(id).lastContactOn()).as("same transaction").isEqualTo(LocalDate.now());
            tx.setRollbackOnly();
        }));

        assertThat(CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> keyFigures.find(id).lastContactOn())).isNull();
    }

    @Test
    void an_agreement_for_an_unknown_key_figure_fails_in_the_publishers_transaction() {
        KeyFigureId unknown = new KeyFigureId(UUID.randomUUID());
        assertThatThrownBy(() -> CurrentTenant.runAs(DemoTenants.LINGEDONK, () -> transactions.executeWithoutResult(
                tx -> events.publishEvent(new ContactArranged(DemoTenants.LINGEDONK, unknown, null, null, 30)))))
                .isInstanceOf(NotFoundException.class);
    }

    private Integer cadence(KeyFigureId id) {
        return CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> keyFigures.find(id).contactCadenceDays());
    }

    private LocalDate next(KeyFigureId id) {
        return CurrentTenant.callAs(DemoTenants.LINGEDONK, () -> keyFigures.find(id).nextContactDue());
    }
}
