package nl.sleutelnet.audit;

import java.util.UUID;

/** Implemented by the signed-in principal so that audit entries name who acted. */
public interface AuditActor {

    enum Kind { STAFF, KEY_FIGURE, SYSTEM, ANONYMOUS, API_CLIENT }

    /** The system itself: a scheduled job (see {@code MunicipalityJobs}). */
    AuditActor SYSTEM = new AuditActor() {

        @Override
        public Kind actorKind() {
            return Kind.SYSTEM;
        }

        @Override
        public UUID actorId() {
            return null;
        }
    };

    Kind actorKind();

    UUID actorId();
}
