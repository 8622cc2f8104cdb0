package nl.sleutelnet.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.StaffMember;
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
    public List<Map<String, Object>> personalDataOf(KeyFigureId id) {
        MunicipalityId municipality = CurrentTenant.require();
        KeyFigure k = keyFigures.find(municipality, id).orElse(null);
        if (k == null) {
            return List.of();
        }
        Map<String, String> areas = reference.areas(municipality).stream()
                .collect(Collectors.toMap(Area::code, a -> a.name() + " (" + a.code() + ")"));
        Map<String, String> kinds = reference.kinds(municipality).stream()
                .collect(Collectors.toMap(NetworkKind::code, NetworkKind::nameNl));
        Map<UUID, String> staff = accounts.staffOf(municipality).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("voornaam", k.name().givenName());
        data.put("tussenvoegsel", k.name().prefix());
        data.put("achternaam", k.name().familyName());
        data.put("email", k.email() == null ? null : k.email().value());
        data.put("telefoon", k.phone() == null ? null : k.phone().value());
        data.put("voorkeurstaal", k.preferredLanguage());
        data.put("voorkeurskanaal", label("channel." + k.preferredChannel().name()));
        data.put("gebieden", k.areaCodes().stream().map(c -> areas.getOrDefault(c, c)).toList());
        data.put("netwerken", k.networkKinds().stream().map(c -> kinds.getOrDefault(c, c)).toList());
        data.put("rollen", k.roleTypes().stream().sorted().map(r -> label("roleType." + r.name())).toList());
        data.put("nieuwInGemeenteBijWerving", k.newToMunicipality());
        data.put("status", label("status." + k.status().name()));
        data.put("actiefSinds", k.activeSince());
        data.put("beeindigdOp", k.endedOn());
        data.put("redenEinde", k.endReason() == null ? null : label("endReason." + k.endReason().name()));
        data.put("exitgesprekOp", k.exitConversationOn());
        data.put("contactpersoon", k.contactPerson() == null ? null : staff.get(k.contactPerson()));
        data.put("vervangendContactpersoon", k.backupContact() == null ? null : staff.get(k.backupContact()));
        data.put("contactritmeDagen", k.contactCadenceDays());
        data.put("laatsteContact", k.lastContactOn());
        data.values().removeIf(Objects::isNull);
        return List.of(data);
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
