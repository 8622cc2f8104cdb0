package nl.sleutelnet.concern;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.Municipalities;
import nl.sleutelnet.tenancy.Municipality;
import nl.sleutelnet.tenancy.MunicipalityId;
import nl.sleutelnet.tenancy.Region;
import nl.sleutelnet.tenancy.RegionId;

/**
 * Dashboard figures of concerns: for the own municipality (handlers, coordinators), and per
 * municipality of a region (analysts; small numbers are suppressed on display, not here).
 * Aggregates only: nothing here names a concern.
 */
@Service
public class ConcernDashboard {

    private final ConcernStatistics statistics;
    private final Municipalities municipalities;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ConcernDashboard(ConcernStatistics statistics, Municipalities municipalities, TransactionTemplate transactions,
            Clock clock) {
        this.statistics = statistics;
        this.municipalities = municipalities;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The current municipality's figures as of today. */
    public ConcernFigures own() {
        return sample(CurrentTenant.require(), LocalDate.now(clock)).figures();
    }

    /** The figures of every municipality of {@code region} and of the region as a whole, as of today. */
    public RegionFigures region(RegionId region) {
        return region(region, LocalDate.now(clock));
    }

    RegionFigures region(RegionId regionId, LocalDate today) {
        Region region = municipalities.findRegion(regionId).orElseThrow(() -> new NotFoundException("region"));
        List<RegionFigures.Local> locals = new ArrayList<>();
        FigureSample total = null;
        for (Municipality m : municipalities.inRegion(regionId)) {
            FigureSample sample = sample(m.id(), today);
            locals.add(new RegionFigures.Local(m.name(), sample.figures()));
            total = total == null ? sample : total.add(sample);
        }
        return new RegionFigures(region.name(), locals, total == null ? null : total.figures());
    }

    /** One municipality, read under its own tenancy (row-level security) in one read-only transaction. */
    FigureSample sample(MunicipalityId municipality, LocalDate today) {
        return CurrentTenant.callAs(municipality, () -> transactions.execute(tx -> {
            tx.setRollbackOnly();
            return statistics.sample(municipality, today, clock.getZone());
        }));
    }
}
