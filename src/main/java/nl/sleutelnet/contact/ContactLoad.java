package nl.sleutelnet.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.network.KeyFigureId;

/**
 * How much contact one key figure had with the municipality and its partners in a period: the
 * number of contacts, of different people, the last contact and who (with how many contacts).
 * {@code muchContact} is a workload signal for coordination, never a judgement of the person.
 */
public record ContactLoad(KeyFigureId keyFigure, String name, long contacts, long distinctPeople,
        LocalDate lastContact, List<Person> people, boolean muchContact) {

    /** Someone of the municipality or a partner; {@code name} is null for an account no longer known. */
    public record Person(UUID account, String name, Set<Role> roles, long contacts) {
    }

    /** Orders of the coordination view (not a ranking: the default is by name). */
    public enum Sort { NAME, CONTACTS, LAST_CONTACT }
}
