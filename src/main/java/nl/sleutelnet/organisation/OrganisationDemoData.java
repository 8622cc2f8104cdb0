package nl.sleutelnet.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Invented organisations for each demo municipality, a few affiliations, and for the portal
 * key figure of Maasoever one affiliation with a faith-based organisation, recorded with
 * consent (demo mode only, idempotent).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "sleutelnet.demo.enabled", havingValue = "true")
class OrganisationDemoData implements ApplicationRunner {

    static final KeyFigureId PORTAL_KEY_FIGURE = new KeyFigureId(UUID.fromString("00000000-0000-4000-8000-000000000101"));

    /** Name pattern, kind code, function for the first few key figures. */
    private static final String[][] ORGANISATIONS = {
            { "Jongerencentrum De Haven %s", "YOUTH" },
            { "Voetbalvereniging %s Boys", "SPORTS" },
            { "Ouderplatform %s", "PARENTS" },
            { "Vrouwennetwerk Samen Sterk %s", "WOMEN" },
            { "Ondernemersvereniging %s Centrum", "BUSINESS" },
            { "Stichting Levensbeschouwelijk Centrum De Brug %s", "FAITH_BASED" } };
    private static final AffiliationFunction[] FUNCTIONS = { AffiliationFunction.VOLUNTEER,
            AffiliationFunction.BOARD_MEMBER, AffiliationFunction.MEMBER, AffiliationFunction.FOUNDER };

    private final Organisations organisations;
    private final Affiliations affiliations;
    private final ConsentTexts consentTexts;
    private final SensitivePayloads payloads;
    private final KeyFigureService keyFigures;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OrganisationDemoData(Organisations organisations, Affiliations affiliations, ConsentTexts consentTexts,
            SensitivePayloads payloads, KeyFigureService keyFigures, TransactionTemplate transactions, Clock clock) {
        this.organisations = organisations;
        this.affiliations = affiliations;
        this.consentTexts = consentTexts;
        this.payloads = payloads;
        this.keyFigures = keyFigures;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String[] places = { "Maasoever", "Waalbergen", "Lingedonk" };
        for (int m = 0; m < DemoTenants.MUNICIPALITIES.size(); m++) {
            MunicipalityId municipality = DemoTenants.MUNICIPALITIES.get(m);
            String place = places[m];
            CurrentTenant.runAs(municipality, () -> transactions.executeWithoutResult(tx -> seed(municipality, place)));
        }
    }

    private void seed(MunicipalityId municipality, String place) {
        consentTexts.installDefault(municipality);
        if (organisations.count(municipality) > 0) {
            return;
        }
        List<OrganisationId> ids = new ArrayList<>();
        for (String[] o : ORGANISATIONS) {
            OrganisationId id = new OrganisationId(UUID.randomUUID());
            organisations.insert(municipality, id, String.format(o[0], place), o[1], null, null);
            ids.add(id);
        }
        List<KeyFigure> first = keyFigures.search("", new PageRequest(1, 4)).items();
        for (int i = 0; i < first.size(); i++) {
            KeyFigureId keyFigure = first.get(i).id();
            if (keyFigure.equals(PORTAL_KEY_FIGURE)) {
                continue;
            }
            affiliations.insertPlain(municipality, new AffiliationId(UUID.randomUUID()), keyFigure,
                    ids.get(i % 5), FUNCTIONS[i % FUNCTIONS.length]);
        }
        if (municipality.equals(DemoTenants.MAASOEVER)) {
            affiliations.insertPlain(municipality, new AffiliationId(UUID.randomUUID()), PORTAL_KEY_FIGURE, ids.get(0),
                    AffiliationFunction.VOLUNTEER);
            affiliations.insertSensitive(municipality, new AffiliationId(UUID.randomUUID()), PORTAL_KEY_FIGURE,
                    payloads.seal(ids.get(5), AffiliationFunction.BOARD_MEMBER, "FAITH_BASED"), 1,
                    LocalDate.now(clock).minusMonths(2), ConsentMethod.IN_PERSON);
        }
    }
}
