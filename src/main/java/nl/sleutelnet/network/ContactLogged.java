package nl.sleutelnet.network;

import java.time.LocalDate;

import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * A contact with a key figure took place on {@code on} (published by the contact module when it
 * stores a contact moment). The register moves the key figure's last contact and the next due
 * date of the rhythm in the same transaction (ADR 0019). Ids and a date only.
 */
public record ContactLogged(MunicipalityId municipality, KeyFigureId keyFigure, LocalDate on) {
}
