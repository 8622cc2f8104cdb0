package nl.sleutelnet.concern;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    private final ConcernProperties properties;
    private final Clock clock;

    /**
     * The regional view's figures per municipality, kept for {@code regionFiguresRefresh}: an
     * analyst compares municipalities over twelve months and never follows a single concern,
     * while computing a region of 15 municipalities took five queries each (bench/README.md).
     * Nothing here names a concern; another instance keeps its own.
     */
    private final Map<MunicipalityId, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(LocalDate day, Instant computedAt, FigureSample sample) {
    }

    /**
     * The own municipality's figures, kept until its concerns change: a view reads the change
     * counter (one row) and computes the twelve months again only when it moved or the day
     * changed. Exact across instances, as the counter is in the database.
     */
    private final Map<MunicipalityId, Current> current = new ConcurrentHashMap<>();

    private record Current(LocalDate day, long changes, ConcernFigures figures) {
    }

    ConcernDashboard(ConcernStatistics statistics, Municipalities municipalities, TransactionTemplate transactions,
            ConcernProperties properties, Clock clock) {
        this.statistics = statistics;
        this.municipalities = municipalities;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** The current municipality's figures as of today. */
    public ConcernFigures own() {
        MunicipalityId municipality = CurrentTenant.require();
        LocalDate today = LocalDate.now(clock);
        return CurrentTenant.callAs(municipality, () -> transactions.execute(tx -> {
            tx.setRollbackOnly();
            // The counter before the concerns: figures read after it are at least as new as it.
            long changes = statistics.changes(municipality);
            Current kept = current.get(municipality);
            if (kept != null && kept.day().equals(today) && kept.changes() == changes) {
                return kept.figures();
            }
            ConcernFigures figures = statistics.sample(municipality, today, clock.getZone()).figures();
            current.put(municipality, new Current(today, changes, figures));
            return figures;
        }));
    }

    /** The figures of every municipality of {@code region} and of the region as a whole, as of today. */
    public RegionFigures region(RegionId region) {
        return region(region, LocalDate.now(clock));
    }

    RegionFigures region(RegionId regionId, LocalDate today) {
        Region region = municipalities.findRegion(regionId).orElseThrow(() -> new NotFoundException("region"));
        List<RegionFigures.Local> locals = new ArrayList<>();
        // A fresh sum: adding into a kept sample would change it for every later view.
        FigureSample total = new FigureSample(YearMonth.from(today).minusMonths(11), YearMonth.from(today));
        Instant asOf = clock.instant();
        for (Municipality m : municipalities.inRegion(regionId)) {
            Kept figures = kept(m.id(), today);
            locals.add(new RegionFigures.Local(m.name(), figures.sample().figures()));
            total.add(figures.sample());
            asOf = figures.computedAt().isBefore(asOf) ? figures.computedAt() : asOf;
        }
        return new RegionFigures(region.name(), locals, locals.isEmpty() ? null : total.figures(), asOf);
    }

    private Kept kept(MunicipalityId municipality, LocalDate today) {
        Instant now = clock.instant();
        Kept figures = kept.get(municipality);
        if (figures == null || !figures.day().equals(today)
                || !now.isBefore(figures.computedAt().plus(properties.regionFiguresRefresh()))) {
            figures = new Kept(today, now, sample(municipality, today));
            kept.put(municipality, figures);
        }
        return figures;
    }

    /** One municipality, read under its own tenancy (row-level security) in one read-only transaction. */
    FigureSample sample(MunicipalityId municipality, LocalDate today) {
        return CurrentTenant.callAs(municipality, () -> transactions.execute(tx -> {
            tx.setRollbackOnly();
            return statistics.sample(municipality, today, clock.getZone());
        }));
    }
}
