package nl.sleutelnet.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.shared.EmailAddress;
import nl.sleutelnet.shared.PersonName;
import nl.sleutelnet.shared.PhoneNumber;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Invented areas and key figures for each demo municipality and one portal account (demo
 * mode only). Areas use CBS-shaped codes of the fictitious municipalities GM9901–GM9903.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "sleutelnet.demo.enabled", havingValue = "true")
class NetworkDemoData implements ApplicationRunner {

    static final UUID PORTAL_KEY_FIGURE = UUID.fromString("00000000-0000-4000-8000-000000000101");
    static final String PORTAL_USERNAME = "sleutelfiguur@maasoever.demo";

    private static final Logger log = LoggerFactory.getLogger(NetworkDemoData.class);

    private static final String[] FIRST = { "Samira", "Johan", "Aylin", "Kees", "Mariam", "Thijs", "Nadia", "Bram",
            "Yusuf", "Els", "Dewi", "Marco", "Hanna", "Rachid", "Floor", "Tim" };
    private static final String[][] LAST = { { "van den", "Berg" }, { null, "El Amrani" }, { "de", "Groot" },
            { null, "Kaya" }, { null, "Willems" }, { null, "Bosman" }, { null, "Mulder" }, { "van", "Hoek" },
            { null, "Visser" }, { null, "Tahiri" }, { "de", "Jong" }, { null, "Koster" } };
    private static final String[] WIJKEN = { "Centrum", "Oosterhof", "De Weerden", "Rivierwijk" };
    private static final String[][] BUURTEN = { { "Binnenstad", "Havenkwartier" }, { "Oosterhof-Noord", "Oosterhof-Zuid" },
            { "Weerdenpark", "Hoge Akker" }, { "Stationskwartier", "Kade" } };
    private static final KeyFigureStatus[] STATUSES = { KeyFigureStatus.ACTIVE, KeyFigureStatus.ACTIVE,
            KeyFigureStatus.ACTIVE, KeyFigureStatus.CANDIDATE, KeyFigureStatus.INTAKE, KeyFigureStatus.ACTIVE,
            KeyFigureStatus.PAUSED };
    private static final String[] KINDS = { "YOUTH", "PARENTS", "WOMEN", "SPORTS", "EDUCATION", "NEIGHBOURHOOD",
            "NEWCOMERS", "CULTURAL_ASSOCIATION", "BUSINESS" };

    /** How many demo key figures each demo partner professional sees. */
    static final int SHARED_WITH_PARTNERS = 3;

    private final KeyFigures keyFigures;
    private final KeyFigureEvents events;
    private final NetworkReference reference;
    private final AccountService accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NetworkDemoData(KeyFigures keyFigures, KeyFigureEvents events, NetworkReference reference, AccountService accounts,
            TransactionTemplate transactions, Clock clock) {
        this.keyFigures = keyFigures;
        this.events = events;
        this.reference = reference;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<MunicipalityId> municipalities = DemoTenants.MUNICIPALITIES;
        for (int m = 0; m < municipalities.size(); m++) {
            MunicipalityId municipality = municipalities.get(m);
            int number = 9901 + m;
            CurrentTenant.runAs(municipality,
                    () -> transactions.executeWithoutResult(tx -> seed(municipality, number, (number - 9901) * 5)));
            CurrentTenant.runAs(municipality, () -> transactions.executeWithoutResult(tx -> share(municipality)));
        }
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> {
            if (!accounts.exists(PORTAL_USERNAME)) {
                accounts.createKeyFigureAccount(DemoTenants.MAASOEVER, PORTAL_KEY_FIGURE, PORTAL_USERNAME,
                        "Samira van den Berg", "Demo-Sleutelnet-2026");
            }
        });
        log.info("Demo key-figure portal account: {} (same demo password)", PORTAL_USERNAME);
    }

    /**
     * Shares the first few active key figures (by name; not the one with the portal account) with
     * each demo partner professional, so that their list of shared key figures is not empty.
     * Shares added later by hand stay.
     */
    private void share(MunicipalityId municipality) {
        List<StaffMember> staff = accounts.staffOf(municipality);
        UUID coordinator = staff.stream().filter(s -> s.roles().contains(Role.COORDINATOR)).map(StaffMember::id)
                .findFirst().orElse(null);
        // The first few active ones only: at national scale a municipality has thousands, and reading
        // them all made this part of every start of a populated demo database take seconds.
        List<KeyFigure> shared = keyFigures.firstActive(municipality, SHARED_WITH_PARTNERS + 1).stream()
                .filter(k -> !k.id().value().equals(PORTAL_KEY_FIGURE))
                .limit(SHARED_WITH_PARTNERS).toList();
        for (StaffMember partner : staff) {
            if (!partner.active() || !partner.roles().contains(Role.PARTNER)) {
                continue;
            }
            for (KeyFigure k : shared) {
                if (keyFigures.share(municipality, k.id(), partner.id())) {
                    events.record(municipality, k.id(), KeyFigureEvents.Kind.SHARED, coordinator, partner.id());
                }
            }
        }
    }

    private void seed(MunicipalityId municipality, int number, int offset) {
        reference.installDefaultKinds(municipality);
        for (int w = 0; w < WIJKEN.length; w++) {
            String wijk = String.format("WK%04d%02d", number, w + 1);
            reference.addArea(municipality, new Area(wijk, WIJKEN[w], null));
            for (int b = 0; b < BUURTEN[w].length; b++) {
                reference.addArea(municipality, new Area(String.format("BU%04d%02d%02d", number, w + 1, b + 1),
                        BUURTEN[w][b], wijk));
            }
        }
        if (keyFigures.count(municipality) > 0) {
            return;
        }
        List<UUID> coordinators = accounts.staffOf(municipality).stream()
                .filter(s -> s.roles().contains(Role.COORDINATOR)).map(StaffMember::id).toList();
        UUID contact = coordinators.isEmpty() ? null : coordinators.get(0);
        LocalDate today = LocalDate.now(clock);
        RoleType[] roles = RoleType.values();
        ContactChannel[] channels = ContactChannel.values();
        for (int i = 0; i < 14; i++) {
            boolean portal = i == 0 && municipality.equals(DemoTenants.MAASOEVER);
            String first = portal ? "Samira" : FIRST[(i + offset) % FIRST.length];
            String[] last = portal ? LAST[0] : LAST[(i * 5 + offset) % LAST.length];
            PersonName name = new PersonName(first, last[0], last[1]);
            KeyFigureStatus status = portal ? KeyFigureStatus.ACTIVE : STATUSES[i % STATUSES.length];
            boolean active = status == KeyFigureStatus.ACTIVE || status == KeyFigureStatus.PAUSED;
            String email = (first + "." + (last[0] == null ? "" : last[0]) + last[1]).toLowerCase().replace(" ", "")
                    + "@voorbeeld.demo";
            String wijk = String.format("WK%04d%02d", number, i % WIJKEN.length + 1);
            String buurt = String.format("BU%04d%02d%02d", number, i % WIJKEN.length + 1, i % 2 + 1);
            keyFigures.insert(new KeyFigure(municipality,
                    new KeyFigureId(portal ? PORTAL_KEY_FIGURE : UUID.randomUUID()), name,
                    EmailAddress.parse(email).orElseThrow(),
                    PhoneNumber.parse(String.format("06%08d", 10_000_000 + i * 7_919 + offset)).orElseThrow(),
                    i % 4 == 3 ? "en" : "nl", channels[i % channels.length],
                    EnumSet.of(roles[(i + offset) % roles.length], roles[(i + offset + 1) % roles.length]), i % 3 == 0,
                    status, status == KeyFigureStatus.CANDIDATE ? contact : null, active ? contact : null, null,
                    active ? (i % 2 == 0 ? 30 : 60) : null,
                    active ? today.minusDays(5L + i * 9L) : null, null,
                    active ? LocalDate.of(2021 + i % 5, 1 + i % 12, 1 + i % 27) : null, null, null, null,
                    i % 3 == 2 ? List.of(wijk) : List.of(wijk, buurt),
                    List.of(KINDS[(i + offset) % KINDS.length], KINDS[(i + offset + 4) % KINDS.length]), 0));
        }
    }
}
