package nl.sleutelnet.contact;

import java.time.LocalDate;
import java.util.UUID;

import nl.sleutelnet.network.KeyFigureId;

/** Something to do after a contact: a short description (decrypted for display), an owner and a due date. */
public record FollowUpAction(FollowUpActionId id, ContactMomentId contactMoment, KeyFigureId keyFigure,
        String description, UUID owner, LocalDate dueOn, LocalDate doneOn) {

    public boolean done() {
        return doneOn != null;
    }

    public boolean overdueOn(LocalDate day) {
        return doneOn == null && dueOn.isBefore(day);
    }
}
