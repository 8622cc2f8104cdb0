package nl.sleutelnet.network;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.sleutelnet.tenancy.CurrentTenant;

/**
 * Keeps the register consistent with what other modules record: synchronous listeners, so the
 * change is part of the publisher's transaction and fails with it (ADR 0019). They are not
 * recorded in the event publication registry: nothing is left to do after the commit.
 */
@Component
class RegisterFollowsContacts {

    private final KeyFigureService keyFigures;

    RegisterFollowsContacts(KeyFigureService keyFigures) {
        this.keyFigures = keyFigures;
    }

    @EventListener
    void on(ContactLogged event) {
        CurrentTenant.runAs(event.municipality(), () -> keyFigures.contactRecorded(event.keyFigure(), event.on()));
    }

    @EventListener
    void on(ContactArranged event) {
        CurrentTenant.runAs(event.municipality(), () -> keyFigures.arrangeContact(event.keyFigure(),
                event.contactPerson(), event.backupContact(), event.cadenceDays()));
    }
}
