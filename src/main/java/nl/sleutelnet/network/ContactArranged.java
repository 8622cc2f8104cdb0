package nl.sleutelnet.network;

import java.util.UUID;

import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * An agreement set the key figure's fixed contact person, the backup and the rhythm (published
 * by the agreement module when it stores a version). The register takes them over in the same
 * transaction (ADR 0019). Ids and a number only.
 */
public record ContactArranged(MunicipalityId municipality, KeyFigureId keyFigure, UUID contactPerson,
        UUID backupContact, Integer cadenceDays) {
}
