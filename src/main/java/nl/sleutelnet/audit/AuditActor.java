package nl.sleutelnet.audit;

import java.util.UUID;

/** Implemented by the signed-in principal so that audit entries name who acted. */
public interface AuditActor {

    enum Kind { STAFF, KEY_FIGURE, SYSTEM, ANONYMOUS }

    Kind actorKind();

    UUID actorId();
}
