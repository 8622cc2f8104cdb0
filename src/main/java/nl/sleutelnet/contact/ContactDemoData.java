package nl.sleutelnet.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureSearch;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Invented contact moments of the last months for the active demo key figures, a few follow-up
 * actions, and a recent contact for some overdue key figures so that both work lists have lines
 * (demo mode only; skipped for a municipality that has contact moments already).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "sleutelnet.demo.enabled", havingValue = "true")
class ContactDemoData implements ApplicationRunner {

    private static final String[] NOTES = {
        "Gesproken over de opening van het buurthuis en de planning van de sportdag.",
        "Kennismaking met de nieuwe jongerenwerker; afgesproken om elkaar te blijven bellen.",
        "Terugblik op de informatieavond over opvoeden in twee culturen: goed bezocht.",
        "Vraag om ondersteuning bij een subsidieaanvraag voor het zomerprogramma.",
        "Zorgen over de sfeer in de wijk na berichten op sociale media; rustig besproken.",
        null, null };
    private static final Topic[][] TOPICS = {
        { Topic.NEIGHBOURHOOD_LIFE, Topic.ACTIVITY_OR_EVENT }, { Topic.YOUTH, Topic.COOPERATION_WITH_MUNICIPALITY },
        { Topic.PARENTING, Topic.EDUCATION }, { Topic.SUPPORT_OR_FUNDING, Topic.SPORTS_AND_CULTURE },
        { Topic.SOCIAL_COHESION, Topic.TENSIONS_IN_COMMUNITY }, { Topic.HOUSING }, { Topic.WORK_AND_INCOME, Topic.HEALTH_AND_CARE } };
    private static final String[] ACTIONS = { "Datum sportdag doorgeven", "Contactgegevens subsidieloket sturen",
        "Terugbellen over de informatieavond" };

    private final ContactService contacts;
    private final KeyFigureService keyFigures;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ContactDemoData(ContactService contacts, KeyFigureService keyFigures, JdbcClient jdbc,
            TransactionTemplate transactions, Clock clock) {
        this.contacts = contacts;
        this.keyFigures = keyFigures;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (MunicipalityId municipality : DemoTenants.MUNICIPALITIES) {
            CurrentTenant.runAs(municipality, () -> transactions.executeWithoutResult(tx -> seed()));
        }
    }

    private void seed() {
        if (jdbc.sql("select exists (select 1 from contact_moment)").query(Boolean.class).single()) {
            return;
        }
        List<StaffMember> staff = contacts.staff();
        List<UUID> coordinators = staff.stream().filter(s -> s.roles().contains(Role.COORDINATOR)).map(StaffMember::id)
                .toList();
        if (coordinators.isEmpty()) {
            return;
        }
        UUID coordinator = coordinators.get(0);
        List<UUID> partners = staff.stream().filter(s -> s.roles().contains(Role.PARTNER)).map(StaffMember::id).toList();
        LocalDate today = LocalDate.now(clock);
        List<KeyFigure> active = keyFigures.search(new KeyFigureSearch(null, null, null, null, KeyFigureStatus.ACTIVE,
                null, false, KeyFigureSearch.Sort.NAME, null), new PageRequest(1, PageRequest.MAX_SIZE)).items();
        int overdueSeen = 0;
        for (int i = 0; i < active.size(); i++) {
            KeyFigure k = active.get(i);
            int cadence = k.contactCadenceDays() == null ? 45 : k.contactCadenceDays();
            LocalDate last = k.lastContactOn() == null ? today.minusDays(10L + i) : k.lastContactOn();
            // A history going back about four months, at roughly the agreed rhythm.
            for (LocalDate on = last; !on.isBefore(today.minusMonths(4)); on = on.minusDays(cadence - 3L + i % 7)) {
                int n = (int) ((on.toEpochDay() + i) % NOTES.length);
                List<UUID> present = new ArrayList<>(List.of(coordinator));
                if (!partners.isEmpty() && n % 3 == 0) {
                    present.add(partners.get(0));
                }
                List<ContactService.FollowUp> followUps = on.equals(last) && i % 3 == 0
                        ? List.of(new ContactService.FollowUp(ACTIONS[i % ACTIONS.length], coordinator,
                                on.plusDays(i % 2 == 0 ? 7 : 21)))
                        : List.of();
                contacts.record(k.id(), on, k.preferredChannel(), List.of(TOPICS[n % TOPICS.length]), NOTES[n],
                        coordinator, present, followUps);
            }
            // Every other overdue key figure had contact recently: due again in a few days.
            if (k.overdueOn(today) && overdueSeen++ % 2 == 1) {
                contacts.record(k.id(), today.minusDays(cadence - 2L), k.preferredChannel(),
                        List.of(Topic.ACTIVITY_OR_EVENT), null, coordinator, List.of(coordinator), List.of());
            }
        }
    }
}
