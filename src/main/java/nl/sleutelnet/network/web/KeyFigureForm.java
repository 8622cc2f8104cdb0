package nl.sleutelnet.network.web;

import java.util.List;

import nl.sleutelnet.network.ContactChannel;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.shared.FieldProblem;

/**
 * The register form as typed. Field names are those of the service's field problems, so that
 * each message lands next to its field. {@code preferredLanguage} is a code from the short
 * list or {@code other}, then {@code otherLanguage} holds the two-letter code.
 */
record KeyFigureForm(String givenName, String namePrefix, String familyName, String email, String phone,
        String preferredLanguage, String otherLanguage, String preferredChannel, List<String> areaCodes,
        List<String> networkKinds, List<String> roleTypes, Boolean newToMunicipality, String introducedBy,
        String version, Boolean confirmDuplicate) {

    /** Languages most spoken by residents of Dutch municipalities; anything else as a two-letter code. */
    static final List<String> LANGUAGES = List.of("nl", "en", "ar", "tr", "pl", "ti", "so", "uk", "fa", "fr", "de",
            "es");
    static final String OTHER = "other";

    KeyFigureForm {
        areaCodes = areaCodes == null ? List.of() : areaCodes;
        networkKinds = networkKinds == null ? List.of() : networkKinds;
        roleTypes = roleTypes == null ? List.of() : roleTypes;
    }

    static KeyFigureForm empty() {
        return new KeyFigureForm(null, null, null, null, null, "nl", null, ContactChannel.PHONE.name(), List.of(),
                List.of(), List.of(), false, null, null, false);
    }

    static KeyFigureForm of(KeyFigure k) {
        boolean listed = LANGUAGES.contains(k.preferredLanguage());
        return new KeyFigureForm(k.name().givenName(), k.name().prefix(), k.name().familyName(),
                k.email() == null ? null : k.email().value(), k.phone() == null ? null : k.phone().display(),
                listed ? k.preferredLanguage() : OTHER, listed ? null : k.preferredLanguage(),
                k.preferredChannel().name(), k.areaCodes(), k.networkKinds(),
                k.roleTypes().stream().sorted().map(Enum::name).toList(), k.newToMunicipality(),
                k.introducedBy() == null ? null : k.introducedBy().toString(), Integer.toString(k.version()), false);
    }

    public boolean newToMunicipalityChecked() {
        return Boolean.TRUE.equals(newToMunicipality);
    }

    boolean duplicateConfirmed() {
        return Boolean.TRUE.equals(confirmDuplicate);
    }

    /** The version the user saw; a missing or garbled one can never match, so saving reports a conflict. */
    int versionSeen() {
        try {
            return version == null ? -1 : Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The form as the service's draft; what cannot even be read is added to {@code problems}. */
    KeyFigureDraft toDraft(List<FieldProblem> problems) {
        String language = OTHER.equals(preferredLanguage) ? otherLanguage : preferredLanguage;
        if (OTHER.equals(preferredLanguage) && (otherLanguage == null || otherLanguage.isBlank())) {
            problems.add(new FieldProblem("otherLanguage", "keyFigure.language.invalid"));
        } else if (!OTHER.equals(preferredLanguage) && language != null && !language.isBlank()
                && !LANGUAGES.contains(language)) {
            problems.add(new FieldProblem("preferredLanguage", "keyFigure.language.invalid"));
        }
        return KeyFigureDraft.parse(givenName, namePrefix, familyName, email, phone, language, preferredChannel,
                roleTypes, newToMunicipalityChecked(), areaCodes, networkKinds, introducedBy, problems);
    }
}
