package nl.sleutelnet.registerimport;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.registerimport.ImportBatch.Counts;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/** One earlier, committed import (counts only) per demo municipality, as import history (demo mode only). */
@Component
@Order(25)
@ConditionalOnProperty(name = "sleutelnet.demo.enabled", havingValue = "true")
class ImportDemoData implements ApplicationRunner {

    private final ImportBatches batches;
    private final AccountService accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ImportDemoData(ImportBatches batches, AccountService accounts, TransactionTemplate transactions, Clock clock) {
        this.batches = batches;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (int i = 0; i < DemoTenants.MUNICIPALITIES.size(); i++) {
            MunicipalityId municipality = DemoTenants.MUNICIPALITIES.get(i);
            UUID id = UUID.fromString(String.format("00000000-0000-4000-8000-0000000012%02d", i + 1));
            CurrentTenant.runAs(municipality, () -> transactions.executeWithoutResult(tx -> {
                UUID coordinator = accounts.staffOf(municipality).stream()
                        .filter(s -> s.roles().contains(Role.COORDINATOR)).map(StaffMember::id).findFirst()
                        .orElse(new UUID(0, 0));
                batches.insertCommitted(municipality, id, coordinator, new Counts(12, 2, 3, 1), 18,
                        clock.instant().minus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
            }));
        }
    }
}
