package nl.sleutelnet.network;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.privacy.DataSubject;
import nl.sleutelnet.privacy.PersonalDataContributor;
import nl.sleutelnet.privacy.PersonalDataSection;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/** The register's part of a key figure's data download: what the municipality recorded about them. */
@Component
class RegisterPersonalData implements PersonalDataContributor {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final KeyFigures keyFigures;
    private final NetworkReference reference;
    private final AccountService accounts;
    private final MessageSource messages;

    RegisterPersonalData(KeyFigures keyFigures, NetworkReference reference, AccountService accounts,
            MessageSource messages) {
        this.keyFigures = keyFigures;
        this.reference = reference;
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    public String section() {
        return "sleutelfiguur";
    }

    @Override
    public PersonalDataSection personalDataOf(DataSubject subject) {
        KeyFigureId id = new KeyFigureId(subject.keyFigureId());
        MunicipalityId municipality = CurrentTenant.require();
        KeyFigure k = keyFigures.find(municipality, id).orElse(null);
        if (k == null) {
            return sectionOf(List.of());
        }
        Map<String, String> areas = reference.areas(municipality).stream()
                .collect(Collectors.toMap(Area::code, a -> a.name() + " (" + a.code() + ")"));
        Map<String, String> kinds = reference.kinds(municipality).stream()
                .collect(Collectors.toMap(NetworkKind::code, NetworkKind::nameNl));
        Map<UUID, String> staff = accounts.staffOf(municipality).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
        PersonalDataSection.RowBuilder data = PersonalDataSection.row();
        data.putIfPresent("voornaam", k.name().givenName());
        data.putIfPresent("tussenvoegsel", k.name().prefix());
        data.putIfPresent("achternaam", k.name().familyName());
        data.putIfPresent("email", k.email() == null ? null : k.email().value());
        data.putIfPresent("telefoon", k.phone() == null ? null : k.phone().value());
        data.putIfPresent("voorkeurstaal", k.preferredLanguage());
        data.putIfPresent("voorkeurskanaal", label("channel." + k.preferredChannel().name()));
        data.putIfPresent("gebieden", k.areaCodes().stream().map(c -> areas.getOrDefault(c, c)).toList());
        data.putIfPresent("netwerken", k.networkKinds().stream().map(c -> kinds.getOrDefault(c, c)).toList());
        data.putIfPresent("rollen", k.roleTypes().stream().sorted().map(r -> label("roleType." + r.name())).toList());
        data.putIfPresent("nieuwInGemeenteBijWerving", k.newToMunicipality());
        data.putIfPresent("status", label("status." + k.status().name()));
        data.putIfPresent("actiefSinds", k.activeSince());
        data.putIfPresent("beeindigdOp", k.endedOn());
        data.putIfPresent("redenEinde", k.endReason() == null ? null : label("endReason." + k.endReason().name()));
        data.putIfPresent("exitgesprekOp", k.exitConversationOn());
        data.putIfPresent("contactpersoon", k.contactPerson() == null ? null : staff.get(k.contactPerson()));
        data.putIfPresent("vervangendContactpersoon", k.backupContact() == null ? null : staff.get(k.backupContact()));
        data.putIfPresent("contactritmeDagen", k.contactCadenceDays());
        data.putIfPresent("laatsteContact", k.lastContactOn());
        return sectionOf(List.of(data.build()));
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
