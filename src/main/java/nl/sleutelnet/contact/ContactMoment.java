package nl.sleutelnet.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.sleutelnet.network.ContactChannel;
import nl.sleutelnet.network.KeyFigureId;

/**
 * A logged contact as the current user may see it. {@code note} is the decrypted note only when
 * this user may read it (a coordinator, or someone who was present); {@code hasNote} says whether
 * one exists at all. Follow-up descriptions follow the same rule.
 */
public record ContactMoment(ContactMomentId id, KeyFigureId keyFigure, LocalDate occurredOn, ContactChannel channel,
        List<Topic> topics, boolean hasNote, String note, UUID loggedBy, List<UUID> participants,
        List<FollowUpAction> followUps) {

    public ContactMoment {
        topics = List.copyOf(topics);
        participants = List.copyOf(participants);
        followUps = List.copyOf(followUps);
    }

    public boolean noteVisible() {
        return note != null;
    }
}
