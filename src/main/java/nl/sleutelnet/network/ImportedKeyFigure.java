package nl.sleutelnet.network;

import java.util.Collection;
import java.util.List;

import nl.sleutelnet.shared.PersonName;

/**
 * A new key figure as the register import hands it to {@link KeyFigureService#importAll}: its
 * row was checked like a form ({@link KeyFigureService#validate}) and its values are in stored
 * form (e-mail and phone normalised, language and channel defaulted).
 */
public record ImportedKeyFigure(KeyFigureId id, PersonName name, String email, String phone, String language,
        ContactChannel channel, Collection<RoleType> roles, boolean newToMunicipality, KeyFigureStatus status,
        List<String> areaCodes, List<String> networkKinds) {

    /**
     * What an import offers an existing key figure ({@link KeyFigureService#mergeImported}); only
     * its empty fields take the values, and only a key figure without areas (network kinds) gets
     * these areas (kinds).
     */
    public record Merge(KeyFigureId id, String email, String phone, String prefix, Collection<RoleType> roles,
            List<String> areaCodes, List<String> networkKinds) {
    }
}
