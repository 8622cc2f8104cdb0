package nl.sleutelnet.registerimport;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.registerimport.ImportBatch.Counts;
import nl.sleutelnet.registerimport.ImportedKeyFigures.NewKeyFigure;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Importing a spreadsheet into the register of the current municipality, in four steps:
 * upload (parsed and staged in the database, owned by the uploader), column mapping, a report
 * per row, and a commit that writes everything or nothing. The audit trail gets one entry
 * IMPORT for the batch, whose row holds the counts; not one entry per key figure.
 */
@Service
@Transactional(readOnly = true)
public class KeyFigureImport {

    /** Rows shown in the preview of the mapping step. */
    public static final int PREVIEW_ROWS = 5;

    private final ImportBatches batches;
    private final ImportedKeyFigures register;
    private final KeyFigureService keyFigures;
    private final AuditTrail audit;
    private final ImportProperties properties;
    private final Clock clock;
    private final ReadRows readRows;

    KeyFigureImport(ImportBatches batches, ImportedKeyFigures register, KeyFigureService keyFigures, AuditTrail audit,
            ImportProperties properties, Clock clock, ReadRows readRows) {
        this.batches = batches;
        this.readRows = readRows;
        this.register = register;
        this.keyFigures = keyFigures;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    public ImportProperties limits() {
        return properties;
    }

    /** Reads the file and stages its rows; a file that cannot be imported is an {@link UnreadableFileException}. */
    @Transactional
    public UUID upload(byte[] bytes, String fileName, Charset charset, UUID account) {
        UploadedTable table = new SpreadsheetReader(properties).read(bytes, fileName, charset);
        MunicipalityId municipality = CurrentTenant.require();
        Instant now = clock.instant();
        batches.deleteExpired(municipality, now);
        UUID id = UUID.randomUUID();
        batches.create(municipality, id, account, table, now.plus(properties.stagingTime()));
        return id;
    }

    /**
     * A batch of the current municipality: a staged one only for the account that uploaded it
     * (anyone else gets "not found"), a committed one (counts only) for every coordinator.
     */
    public ImportBatch batch(UUID id, UUID account) {
        ImportBatch batch = batches.find(CurrentTenant.require(), id).orElseThrow(ImportBatchNotFound::new);
        if (batch.staged() && (!batch.account().equals(account) || batch.expiresAt().isBefore(clock.instant()))) {
            throw new ImportBatchNotFound();
        }
        return batch;
    }

    public ImportBatch staged(UUID id, UUID account) {
        ImportBatch batch = batch(id, account);
        if (!batch.staged()) {
            throw new ImportBatchNotFound();
        }
        return batch;
    }

    /** The mapping to show: the saved one, else a suggestion from the headings. */
    public List<ImportField> mapping(ImportBatch batch) {
        if (batch.mapped()) {
            return batch.mapping();
        }
        return ImportField.propose(batch.headers());
    }

    /** Whether the proposal reads a column "Naam" as the given name, because there is a family-name column. */
    public boolean proposesNameAsGivenName(ImportBatch batch) {
        return ImportField.nameAsGivenName(batch.headers());
    }

    public List<UploadedRowView> preview(ImportBatch batch) {
        return batches.first(CurrentTenant.require(), batch.id(), PREVIEW_ROWS).stream()
                .map(r -> new UploadedRowView(r.number(), padded(r.cells(), batch.headers().size()).stream()
                        .map(this::shortened).toList()))
                .toList();
    }

    /** Saves the column mapping; a field on two columns or no name at all is refused. */
    @Transactional
    public void map(UUID id, UUID account, List<ImportField> mapping) {
        ImportBatch batch = staged(id, account);
        List<FieldProblem> problems = new ArrayList<>();
        if (mapping.size() != batch.headers().size()) {
            problems.add(new FieldProblem("kolom0", "import.mapping.incomplete"));
        }
        Set<ImportField> used = EnumSet.noneOf(ImportField.class);
        for (int i = 0; i < mapping.size(); i++) {
            ImportField field = mapping.get(i);
            if (field == null) {
                problems.add(new FieldProblem("kolom" + i, "import.mapping.unknown"));
            } else if (field.single() && !used.add(field)) {
                problems.add(new FieldProblem("kolom" + i, "import.mapping.twice"));
            }
        }
        boolean name = used.contains(ImportField.FULL_NAME)
                || (used.contains(ImportField.GIVEN_NAME) && used.contains(ImportField.FAMILY_NAME));
        if (problems.isEmpty() && !name) {
            problems.add(new FieldProblem("kolom0", "import.mapping.noName"));
        }
        if (problems.isEmpty()) {
            // The upload checked the cell lengths of the proposed columns only (see SpreadsheetReader).
            for (int column : batches.columnsWithCellsLongerThan(CurrentTenant.require(), id, mapped(mapping),
                    properties.maxCellLength())) {
                problems.add(new FieldProblem("kolom" + column, "import.mapping.cellTooLong"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        batches.saveMapping(CurrentTenant.require(), id, mapping);
    }

    /**
     * What the commit would do now; the batch must have its mapping. The rows as read are kept
     * for the commit ({@link ReadRows}); the duplicates are looked for again then.
     */
    public ImportReport report(UUID id, UUID account) {
        ImportBatch batch = staged(id, account);
        requireMapping(batch);
        ReadRows.Key key = readKey(batch);
        List<Candidate> candidates = read(batch, key);
        readRows.keep(key, batch.expiresAt(), candidates);
        return new ImportAnalysis(candidates, register.all(key.municipality())).report();
    }

    /**
     * Writes the batch into the register in this one transaction: the new key figures, the
     * chosen merges, one audit entry; any failure leaves the register as it was. Rows with
     * problems are never written; their number must be confirmed.
     */
    @Transactional
    public Counts commit(UUID id, UUID account, Set<Integer> mergeRows, boolean invalidRowsConfirmed) {
        MunicipalityId municipality = CurrentTenant.require();
        ImportBatch batch = batches.lockStaged(municipality, id).orElseThrow(ImportBatchNotFound::new);
        if (!batch.account().equals(account) || batch.expiresAt().isBefore(clock.instant())) {
            throw new ImportBatchNotFound();
        }
        requireMapping(batch);
        ReadRows.Key key = readKey(batch);
        List<Candidate> candidates = readRows.take(key, clock.instant()).orElseGet(() -> read(batch, key));
        // Always against the register as it is now: it may have changed since the report.
        ImportAnalysis analysis = new ImportAnalysis(candidates, register.all(municipality));
        ImportReport report = analysis.report();
        if (report.invalid() > 0 && !invalidRowsConfirmed) {
            throw new InvalidInputException(List.of(new FieldProblem("fouten-overslaan", "import.commit.confirmInvalid")));
        }
        List<NewKeyFigure> created = analysis.created().stream().map(c -> new NewKeyFigure(UUID.randomUUID(), c)).toList();
        register.insert(created);
        var merges = analysis.merges(mergeRows);
        register.merge(merges);
        int skipped = report.fileDuplicates().size() + report.registerDuplicates().size() - merges.size();
        Counts counts = new Counts(created.size(), merges.size(), report.invalid(), skipped);
        batches.markCommitted(municipality, id, counts, clock.instant());
        audit.record(AuditAction.IMPORT, AuditOutcome.SUCCESS, "import", id);
        return counts;
    }

    @Transactional
    public void cancel(UUID id, UUID account) {
        staged(id, account);
        readRows.forget(id);
        batches.delete(CurrentTenant.require(), id);
    }

    public List<ImportBatch> recent() {
        return batches.recentlyCommitted(CurrentTenant.require(), 5);
    }

    /** Deletes the current municipality's staged batches that have expired. */
    @Transactional
    public int purgeExpired() {
        return batches.deleteExpired(CurrentTenant.require(), clock.instant());
    }

    private static List<Integer> mapped(List<ImportField> mapping) {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < mapping.size(); i++) {
            if (mapping.get(i) != ImportField.IGNORE) {
                columns.add(i);
            }
        }
        return columns;
    }

    private static void requireMapping(ImportBatch batch) {
        if (!batch.mapped()) {
            throw new InvalidInputException(List.of(new FieldProblem("kolom0", "import.mapping.missing")));
        }
    }

    private ReadRows.Key readKey(ImportBatch batch) {
        return new ReadRows.Key(CurrentTenant.require(), batch.id(), batch.mapping(), keyFigures.areas(),
                keyFigures.networkKinds());
    }

    /** Every staged row read as a key figure under the key's mapping, areas and network kinds. */
    private List<Candidate> read(ImportBatch batch, ReadRows.Key key) {
        RowInterpreter interpreter = new RowInterpreter(key.mapping(), key.areas(), key.kinds());
        List<Candidate> candidates = new ArrayList<>(batch.rowCount());
        batches.rows(key.municipality(), batch.id(), row -> candidates.add(interpreter.read(row)));
        return candidates;
    }

    /** A cell of a column that will not be imported may be long; the preview shows its start. */
    private String shortened(String cell) {
        return cell.length() <= properties.maxCellLength() ? cell : cell.substring(0, properties.maxCellLength()) + "…";
    }

    private static List<String> padded(String[] cells, int width) {
        List<String> values = new ArrayList<>(List.of(cells));
        while (values.size() < width) {
            values.add("");
        }
        return values;
    }

    /** A row of the preview, as uploaded. */
    public record UploadedRowView(int number, List<String> cells) {
    }

    /** Not found, or not for this account: both answer 404. */
    static final class ImportBatchNotFound extends NotFoundException {
        ImportBatchNotFound() {
            super("import_batch");
        }
    }
}
