package nl.sleutelnet.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * One read-only demo API client in two demo municipalities (demo mode only), so that the
 * administrator's list is not empty. Its secret is random and shown nowhere: to call the API in
 * demo mode, make a client at /beheer/api-koppelingen.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "sleutelnet.demo.enabled", havingValue = "true")
class ApiClientDemoData implements ApplicationRunner {

    /** Stands for "made by the demo data" in {@code created_by}. */
    static final UUID DEMO = new UUID(0, 0);

    private final ApiClients clients;

    ApiClientDemoData(ApiClients clients) {
        this.clients = clients;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (MunicipalityId municipality : List.of(DemoTenants.MAASOEVER, DemoTenants.WAALBERGEN)) {
            CurrentTenant.runAs(municipality, () -> {
                if (clients.of(municipality).isEmpty()) {
                    LocalDate today = LocalDate.now(ApiClientService.ZONE);
                    clients.insert(municipality, UUID.randomUUID(), "Regionaal dashboard (demo)",
                            List.of(ApiScope.KEY_FIGURES.code(ApiScope.Level.READ),
                                    ApiScope.CONCERN_FIGURES.code(ApiScope.Level.READ)),
                            120, ApiClientCredentials.hash(ApiClientCredentials.newSecret()), DEMO,
                            Instant.now().truncatedTo(ChronoUnit.MICROS), today.plusMonths(6));
                }
            });
        }
    }
}
