package nl.sleutelnet.registerimport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.registerimport.ExportedKeyFigures.Line;
import nl.sleutelnet.shared.PhoneNumber;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.MunicipalityId;

/**
 * Export of the register of the current municipality to CSV (semicolons, UTF-8 with a
 * byte-order mark, as Dutch Excel opens it) or XLSX. Each export is logged with its reason
 * code in {@code export_log} and audited as EXPORT of that log row, before any data leaves.
 * What an export never contains: notes, affiliations or consents, sensitive network kinds,
 * staff or other internal ids (only the key figure's own id).
 */
@Service
public class RegisterExport {

    static final List<String> HEADER_KEYS = List.of("export.column.id", "import.field.GIVEN_NAME",
            "import.field.NAME_PREFIX", "import.field.FAMILY_NAME", "import.field.EMAIL", "import.field.PHONE",
            "import.field.LANGUAGE", "import.field.CHANNEL", "import.field.ROLE_TYPES",
            "import.field.NEW_TO_MUNICIPALITY", "import.field.STATUS", "import.field.AREAS", "import.field.NETWORK_KINDS",
            "export.column.activeSince", "export.column.cadenceDays", "export.column.lastContactOn");

    private final ExportedKeyFigures keyFigures;
    private final ExportLogs log;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    RegisterExport(ExportedKeyFigures keyFigures, ExportLogs log, AuditTrail audit, MessageSource messages, Clock clock) {
        this.keyFigures = keyFigures;
        this.log = log;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Logs and audits the export before it is written; returns the id of the log row. */
    @Transactional
    public UUID start(ExportRequest request, UUID account) {
        MunicipalityId municipality = CurrentTenant.require();
        UUID id = UUID.randomUUID();
        log.insert(municipality, id, account, request, keyFigures.count(municipality, request.status()), clock.instant());
        audit.record(AuditAction.EXPORT, AuditOutcome.SUCCESS, "key_figure_export", id);
        return id;
    }

    public String fileName(ExportRequest request) {
        return "sleutelfiguren-" + LocalDate.now(clock) + "." + request.format().name().toLowerCase(Locale.ROOT);
    }

    /** Writes the file, a page of key figures at a time. */
    @Transactional(readOnly = true)
    public void write(ExportRequest request, OutputStream out, Locale locale) throws IOException {
        List<String> headers = HEADER_KEYS.stream().map(k -> messages.getMessage(k, null, locale)).toList();
        MunicipalityId municipality = CurrentTenant.require();
        if (request.format() == FileKind.CSV) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\ufeff');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get());
            csv.printRecord(headers);
            keyFigures.each(municipality, request.status(), line -> {
                try {
                    csv.printRecord(cells(line, locale).stream().map(RegisterExport::neutralised).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
            return;
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet(messages.getMessage("export.sheet", null, locale));
            write(sheet.createRow(0), headers);
            int[] next = { 1 };
            keyFigures.each(municipality, request.status(), line -> write(sheet.createRow(next[0]++), cells(line, locale)));
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            // Always text cells: a spreadsheet never evaluates them as formulas.
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    private List<String> cells(Line k, Locale locale) {
        List<String> cells = new ArrayList<>(HEADER_KEYS.size());
        cells.add(k.id().toString());
        cells.add(k.givenName());
        cells.add(text(k.prefix()));
        cells.add(k.familyName());
        cells.add(text(k.email()));
        cells.add(k.phone() == null ? "" : new PhoneNumber(k.phone()).display());
        cells.add(k.language());
        cells.add(messages.getMessage("import.channel." + k.channel(), null, locale));
        cells.add(String.join(", ", k.roles().stream().map(r -> messages.getMessage("roleType." + r, null, locale)).toList()));
        cells.add(messages.getMessage(k.newToMunicipality() ? "export.yes" : "export.no", null, locale));
        cells.add(messages.getMessage("status." + k.status(), null, locale));
        cells.add(String.join(", ", k.areas()));
        cells.add(String.join(", ", k.kinds()));
        cells.add(k.activeSince() == null ? "" : k.activeSince().toString());
        cells.add(k.cadenceDays() == null ? "" : k.cadenceDays().toString());
        cells.add(k.lastContactOn() == null ? "" : k.lastContactOn().toString());
        return cells;
    }

    /**
     * A cell that a spreadsheet would read as a formula (= + - @, or a tab or carriage return
     * in front) gets a leading apostrophe: formula injection (CSV injection).
     */
    static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
