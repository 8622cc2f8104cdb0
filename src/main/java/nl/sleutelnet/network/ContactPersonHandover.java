package nl.sleutelnet.network;

import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.ContactPersonDuties;

/**
 * The key figures a staff member is the fixed contact person of, for identity's staff administration:
 * how many would be left without a contact person (the "left without a contact" work list) if the
 * staff member were deactivated, and handing them over to another coordinator.
 */
@Component
class ContactPersonHandover implements ContactPersonDuties {

    private final KeyFigureService keyFigures;

    ContactPersonHandover(KeyFigureService keyFigures) {
        this.keyFigures = keyFigures;
    }

    @Override
    public long countOf(UUID staffAccount) {
        return keyFigures.contactLoad(staffAccount);
    }

    @Override
    public int handOver(UUID from, UUID to) {
        return keyFigures.handOverContacts(from, to);
    }
}
