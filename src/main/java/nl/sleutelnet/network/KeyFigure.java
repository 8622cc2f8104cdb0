package nl.sleutelnet.network;

import java.time.LocalDate;

import nl.sleutelnet.tenancy.MunicipalityId;

/** A key figure as the municipality records them: only what contact needs. */
public record KeyFigure(MunicipalityId municipality, KeyFigureId id, String displayName, RoleType roleType,
        String areaName, String email, String phone, KeyFigureStatus status, LocalDate activeSince) {
}
