package nl.sleutelnet.network;

import java.time.LocalDate;
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
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Invented key figures for each demo municipality and one portal account (demo mode only). */
@Component
@Order(20)
@ConditionalOnProperty(name = "sleutelnet.demo.enabled", havingValue = "true")
class NetworkDemoData implements ApplicationRunner {

    static final UUID PORTAL_KEY_FIGURE = UUID.fromString("00000000-0000-4000-8000-000000000101");
    static final String PORTAL_USERNAME = "sleutelfiguur@maasoever.demo";

    private static final Logger log = LoggerFactory.getLogger(NetworkDemoData.class);

    private static final String[] FIRST = { "Samira", "Johan", "Aylin", "Kees", "Mariam", "Thijs", "Nadia", "Bram",
            "Yusuf", "Els", "Dewi", "Marco", "Hanna", "Rachid", "Floor", "Tim" };
    private static final String[] LAST = { "van den Berg", "El Amrani", "de Groot", "Kaya", "Willems", "Bosman",
            "Mulder", "Hoekstra", "Visser", "Tahiri", "Dekker", "Koster" };
    private static final String[] AREAS = { "Centrum", "Oosterhof", "De Weerden", "Rivierwijk", "Hoge Akker",
            "Stationskwartier" };

    private final KeyFigures keyFigures;
    private final AccountService accounts;
    private final TransactionTemplate transactions;

    NetworkDemoData(KeyFigures keyFigures, AccountService accounts, TransactionTemplate transactions) {
        this.keyFigures = keyFigures;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<MunicipalityId> municipalities = DemoTenants.MUNICIPALITIES;
        for (int m = 0; m < municipalities.size(); m++) {
            MunicipalityId municipality = municipalities.get(m);
            int offset = m * 5;
            CurrentTenant.runAs(municipality, () -> transactions.executeWithoutResult(tx -> seed(municipality, offset)));
        }
        CurrentTenant.runAs(DemoTenants.MAASOEVER, () -> {
            if (!accounts.exists(PORTAL_USERNAME)) {
                accounts.createKeyFigureAccount(DemoTenants.MAASOEVER, PORTAL_KEY_FIGURE, PORTAL_USERNAME,
                        "Samira van den Berg", "Demo-Sleutelnet-2026");
            }
        });
        log.info("Demo key-figure portal account: {} (same demo password)", PORTAL_USERNAME);
    }

    private void seed(MunicipalityId municipality, int offset) {
        if (keyFigures.count(municipality) > 0) {
            return;
        }
        RoleType[] roles = RoleType.values();
        KeyFigureStatus[] statuses = { KeyFigureStatus.ACTIVE, KeyFigureStatus.ACTIVE, KeyFigureStatus.ACTIVE,
                KeyFigureStatus.PROSPECT, KeyFigureStatus.PAUSED };
        for (int i = 0; i < 14; i++) {
            String first = FIRST[(i + offset) % FIRST.length];
            String last = LAST[(i * 5 + offset) % LAST.length];
            UUID id = municipality.equals(DemoTenants.MAASOEVER) && i == 0 ? PORTAL_KEY_FIGURE : UUID.randomUUID();
            if (i == 0 && municipality.equals(DemoTenants.MAASOEVER)) {
                first = "Samira";
                last = "van den Berg";
            }
            String email = (first + "." + last).toLowerCase().replace(" ", "") + "@voorbeeld.demo";
            keyFigures.insert(new KeyFigure(municipality, new KeyFigureId(id), first + " " + last,
                    roles[(i + offset) % roles.length], AREAS[i % AREAS.length], email,
                    String.format("06-%08d", 10_000_000 + i * 7_919 + offset), statuses[i % statuses.length],
                    LocalDate.of(2021 + i % 5, 1 + i % 12, 1 + i % 27)));
        }
    }
}
