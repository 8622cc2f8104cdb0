package nl.sleutelnet.portal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.privacy.DataSubject;
import nl.sleutelnet.privacy.PersonalDataContributor;
import nl.sleutelnet.privacy.PersonalDataSection;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.Municipalities;
import nl.sleutelnet.tenancy.Municipality;

/**
 * Everything Sleutelnet holds about one key figure, from every module's
 * {@link PersonalDataContributor}, plus their account. Callers pass the signed-in key
 * figure's own id; the contributors decide what of their records belongs to that person.
 */
@Service
@Transactional(readOnly = true)
public class MyData {

    static final String REGISTER_SECTION = "sleutelfiguur";
    static final String ACCOUNT_SECTION = "account";

    /** A section as shown to a reader: field names and values as text, codes in words where the bundles know them. */
    public record Readable(String name, List<List<Entry>> records) {
    }

    public record Entry(String key, String text) {
    }

    public static List<Readable> readable(List<PersonalDataSection> sections, MessageSource messages, Locale locale) {
        return sections.stream().map(section -> new Readable(section.key(), section.rows().stream()
                .map(row -> row.fields().stream()
                        .map(f -> new Entry(f.key(), text(f.value(), messages, locale))).toList())
                .toList())).toList();
    }

    private static String text(Object value, MessageSource messages, Locale locale) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> text(v, messages, locale)).collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean yes) {
            return messages.getMessage(yes ? "portal.value.yes" : "portal.value.no", null, locale);
        }
        String text = value == null ? "" : value.toString();
        return text.matches("[A-Z][A-Z_]{1,39}") ? messages.getMessage("portal.value." + text, null, text, locale) : text;
    }

    /** The whole picture: when it was made, for which municipality, the account and the sections. */
    public record Everything(String madeAt, String municipality, PersonalDataSection account,
            List<PersonalDataSection> sections) {
    }

    private final ObjectProvider<PersonalDataContributor> contributors;
    private final KeyFigureService keyFigures;
    private final AccountService accounts;
    private final Municipalities municipalities;
    private final AuditTrail audit;
    private final Clock clock;

    MyData(ObjectProvider<PersonalDataContributor> contributors, KeyFigureService keyFigures, AccountService accounts,
            Municipalities municipalities, AuditTrail audit, Clock clock) {
        this.contributors = contributors;
        this.keyFigures = keyFigures;
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.audit = audit;
        this.clock = clock;
    }

    /** The sections, the register's first; if no module contributes the register section, it is made here. */
    public List<PersonalDataSection> sections(KeyFigureId me) {
        KeyFigure keyFigure = keyFigures.find(me);
        List<PersonalDataSection> sections = new ArrayList<>();
        DataSubject subject = DataSubject.keyFigure(me.value());
        contributors.orderedStream().forEach(c -> sections.add(c.personalDataOf(subject)));
        if (sections.stream().noneMatch(s -> s.key().equals(REGISTER_SECTION))) {
            sections.add(0, new PersonalDataSection(REGISTER_SECTION, List.of(register(keyFigure))));
        } else {
            sections.sort((a, b) -> Boolean.compare(!a.key().equals(REGISTER_SECTION), !b.key().equals(REGISTER_SECTION)));
        }
        return sections;
    }

    /** Everything, for a download; the download itself is audited. */
    @Transactional
    public Everything download(KeyFigureId me, UUID accountId) {
        List<PersonalDataSection> sections = sections(me);
        PersonalDataSection.RowBuilder account = PersonalDataSection.row();
        accounts.keyFigureAccount(CurrentTenant.require(), me.value()).filter(a -> a.id().equals(accountId))
                .ifPresent(a -> {
                    account.put("gebruikersnaam", a.username());
                    account.put("aangemaakt", a.createdAt().toString());
                    account.put("actief", a.active());
                });
        audit.record(AuditAction.DOWNLOAD, AuditOutcome.SUCCESS, "key_figure", me.value());
        return new Everything(clock.instant().toString(),
                municipalities.find(CurrentTenant.require()).map(Municipality::name).orElse(""),
                new PersonalDataSection(ACCOUNT_SECTION, List.of(account.build())), sections);
    }

    /** The fixed contact person and the backup, by name (null when none is set). */
    public String[] contactNames(KeyFigure keyFigure) {
        Map<UUID, String> names = staffNames();
        return new String[] { names.get(keyFigure.contactPerson()), names.get(keyFigure.backupContact()) };
    }

    private Map<UUID, String> staffNames() {
        return accounts.staffOf(CurrentTenant.require()).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName, (a, b) -> a));
    }

    /** The register's fields of the key figure, for when the register module contributes no section of its own. */
    private PersonalDataSection.Row register(KeyFigure k) {
        Map<String, String> areaNames = keyFigures.areaNames();
        String[] contacts = contactNames(k);
        PersonalDataSection.RowBuilder r = PersonalDataSection.row();
        r.put("voornaam", k.name().givenName());
        r.put("tussenvoegsel", orEmpty(k.name().prefix()));
        r.put("achternaam", k.name().familyName());
        r.put("email", k.email() == null ? "" : k.email().value());
        r.put("telefoon", k.phone() == null ? "" : k.phone().display());
        r.put("voorkeurstaal", k.preferredLanguage());
        r.put("voorkeurskanaal", k.preferredChannel().name());
        r.put("rollen", k.roleTypes().stream().map(Enum::name).toList());
        r.put("nieuwInGemeente", k.newToMunicipality());
        r.put("status", k.status().name());
        r.put("actiefSinds", orEmpty(k.activeSince()));
        r.put("beeindigdOp", orEmpty(k.endedOn()));
        r.put("wijken", k.areaCodes().stream().map(code -> areaNames.getOrDefault(code, code) + " (" + code + ")")
                .toList());
        r.put("netwerken", k.networkKinds());
        r.put("contactpersoon", orEmpty(contacts[0]));
        r.put("reservecontactpersoon", orEmpty(contacts[1]));
        r.put("contactritmeDagen", k.contactCadenceDays() == null ? "" : k.contactCadenceDays());
        r.put("laatsteContact", orEmpty(k.lastContactOn()));
        return r.build();
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
