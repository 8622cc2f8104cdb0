package nl.sleutelnet.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.NetworkKind;
import nl.sleutelnet.privacy.DataSubject;
import nl.sleutelnet.privacy.PersonalDataContributor;
import nl.sleutelnet.privacy.PersonalDataSection;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * The key figure's own affiliations for their data download, including those with consent
 * (decrypted: it is their own data) and the consent records, also after withdrawal.
 */
@Component
class AffiliationPersonalData implements PersonalDataContributor {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Affiliations affiliations;
    private final SensitivePayloads payloads;
    private final Organisations organisations;
    private final KeyFigureService keyFigures;
    private final MessageSource messages;

    AffiliationPersonalData(Affiliations affiliations, SensitivePayloads payloads, Organisations organisations,
            KeyFigureService keyFigures, MessageSource messages) {
        this.affiliations = affiliations;
        this.payloads = payloads;
        this.organisations = organisations;
        this.keyFigures = keyFigures;
        this.messages = messages;
    }

    @Override
    public String section() {
        return "organisaties";
    }

    @Override
    public PersonalDataSection personalDataOf(DataSubject subject) {
        KeyFigureId keyFigure = new KeyFigureId(subject.keyFigureId());
        MunicipalityId municipality = CurrentTenant.require();
        Map<String, String> kindNames = new LinkedHashMap<>();
        for (NetworkKind kind : keyFigures.networkKinds()) {
            kindNames.put(kind.code(), kind.nameNl());
        }
        List<PersonalDataSection.Row> records = new ArrayList<>();
        for (Affiliations.Row row : affiliations.of(municipality, keyFigure)) {
            Affiliation a = row.sensitive() ? payloads.open(municipality, row)
                    : new Affiliation(row.id(), row.keyFigure(), false,
                            organisations.find(municipality, row.organisation()).orElse(null), row.function(), null,
                            row.recordedAt(), row.endedOn(), null);
            PersonalDataSection.RowBuilder record = PersonalDataSection.row();
            record.put("vastgelegdOp", row.recordedAt().toString());
            record.put("metToestemming", row.sensitive());
            if (a.organisation() != null) {
                record.put("organisatie", a.organisation().name());
                String kind = a.kindCode() == null ? a.organisation().kindCode() : a.kindCode();
                record.put("soortNetwerk", kindNames.getOrDefault(kind, kind));
            }
            if (a.function() != null) {
                record.put("functie", messages.getMessage("affiliation.function." + a.function().name(), null,
                        a.function().name(), DUTCH));
            }
            if (a.endedOn() != null) {
                record.put("beeindigdOp", a.endedOn());
            }
            if (a.consent() != null) {
                record.put("toestemmingGegevenOp", a.consent().givenOn());
                record.put("toestemmingstekstVersie", a.consent().textVersion());
                record.put("toestemmingGegevenVia", messages.getMessage(
                        "affiliation.consentMethod." + a.consent().method().name(), null, DUTCH));
                if (a.consent().withdrawn()) {
                    record.put("toestemmingIngetrokkenOp", a.consent().withdrawnAt().toString());
                    record.put("opmerking", messages.getMessage("affiliation.personalData.withdrawn", null, DUTCH));
                }
            }
            records.add(record.build());
        }
        return sectionOf(records);
    }
}
