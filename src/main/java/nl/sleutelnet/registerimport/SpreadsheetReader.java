package nl.sleutelnet.registerimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import nl.sleutelnet.registerimport.UploadedTable.Row;

/**
 * Reads an uploaded CSV or XLSX file into rows of text, or refuses it with a plain reason.
 * It trusts neither the name nor the content: the extension and the first bytes must agree,
 * text must be text, and every limit (size, rows, columns, cell length, zip inflation) is
 * checked while reading, before anything is kept.
 */
final class SpreadsheetReader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static {
        // Zip bombs: refuse entries that inflate more than 100 times or beyond 100 MB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private final ImportProperties limits;

    SpreadsheetReader(ImportProperties limits) {
        this.limits = limits;
    }

    /** {@code charset} null means: detect (a byte-order mark, else UTF-8 if it decodes, else Windows-1252). */
    UploadedTable read(byte[] bytes, String fileName, Charset charset) {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableFileException("import.file.empty");
        }
        if (bytes.length > limits.maxFileSize().toBytes()) {
            throw new UnreadableFileException("import.file.tooLarge", limits.maxFileSize().toMegabytes());
        }
        String extension = extension(fileName);
        boolean zip = startsWith(bytes, 0x50, 0x4b, 0x03, 0x04);
        boolean ole = startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0);
        if (ole || "xls".equals(extension)) {
            throw new UnreadableFileException("import.file.oldExcel");
        }
        switch (extension) {
            case "xlsx" -> {
                if (!zip) {
                    throw new UnreadableFileException("import.file.notXlsx");
                }
                return xlsx(bytes);
            }
            case "csv", "txt" -> {
                if (zip) {
                    throw new UnreadableFileException("import.file.xlsxNamedCsv");
                }
                return csv(bytes, charset);
            }
            default -> throw new UnreadableFileException("import.file.extension");
        }
    }

    private UploadedTable csv(byte[] bytes, Charset chosen) {
        if (startsWith(bytes, 0xfe, 0xff) || startsWith(bytes, 0xff, 0xfe)) {
            throw new UnreadableFileException("import.file.utf16");
        }
        String text = decode(bytes, chosen);
        if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
            text = text.substring(1);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw new UnreadableFileException("import.file.binary");
            }
        }
        char separator = separator(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setQuote('"')
                .setIgnoreEmptyLines(false).setTrim(false).get();
        Collector collector = new Collector(FileKind.CSV);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                collector.row(number, record.values());
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            throw new UnreadableFileException("import.file.csvBroken", e);
        }
        return collector.table();
    }

    static String decode(byte[] bytes, Charset chosen) {
        int skip = startsWith(bytes, 0xef, 0xbb, 0xbf) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        if (chosen != null) {
            return chosen.decode(buffer).toString();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return WINDOWS_1252.decode(ByteBuffer.wrap(bytes)).toString();
        }
    }

    /** The most frequent of ; , and tab in the first non-empty line, outside quotes; ; when none. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean seen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seen) {
                    break;
                }
            } else if (!quoted) {
                seen |= !Character.isWhitespace(c);
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private UploadedTable xlsx(byte[] bytes) {
        Collector collector = new Collector(FileKind.XLSX);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("import.file.noRows");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                // Formulas: their cached result is read, never the formula (formulasNotResults = false).
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new SheetRows(collector),
                        new DataFormatter(Locale.forLanguageTag("nl")), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (Exception e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof UnreadableFileException refused) {
                    throw refused;
                }
                if (cause.getMessage() != null && cause.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb")) {
                    throw new UnreadableFileException("import.file.suspicious", e);
                }
                cause = cause.getCause();
            }
            throw new UnreadableFileException("import.file.xlsxBroken", e);
        }
        return collector.table();
    }

    /** Collects rows while checking the limits; blank rows are skipped, the first non-blank row holds the headings. */
    private final class Collector {

        private final FileKind kind;
        private List<String> headers;
        /** The columns the proposal maps; only their cells must keep to the length limit on upload. */
        private List<ImportField> proposal;
        private final List<Row> rows = new ArrayList<>();
        private int width;

        Collector(FileKind kind) {
            this.kind = kind;
        }

        /**
         * A column the user will not import may hold long text (remarks, say); the mapping step
         * refuses a long cell in a column the user maps ({@code KeyFigureImport.map}).
         */
        private boolean proposed(int column) {
            return column < proposal.size() && proposal.get(column) != ImportField.IGNORE;
        }

        void row(int number, String[] values) {
            int last = values.length - 1;
            while (last >= 0 && (values[last] == null || values[last].isBlank())) {
                last--;
            }
            if (last < 0) {
                return;
            }
            if (last + 1 > limits.maxColumns()) {
                throw new UnreadableFileException("import.file.tooManyColumns", number, limits.maxColumns());
            }
            String[] cells = new String[last + 1];
            for (int i = 0; i <= last; i++) {
                String value = values[i] == null ? "" : values[i];
                if (value.length() > limits.maxCellLength() && (headers == null || proposed(i))) {
                    throw new UnreadableFileException("import.file.cellTooLong", number,
                            CellReference.convertNumToColString(i), limits.maxCellLength());
                }
                if (value.indexOf('\u0000') >= 0) {
                    throw new UnreadableFileException("import.file.binary");
                }
                cells[i] = value.strip();
            }
            if (headers == null) {
                headers = Arrays.asList(cells);
                proposal = ImportField.propose(headers);
                width = cells.length;
                return;
            }
            if (rows.size() >= limits.maxRows()) {
                throw new UnreadableFileException("import.file.tooManyRows", limits.maxRows());
            }
            width = Math.max(width, cells.length);
            rows.add(new Row(number, cells));
        }

        UploadedTable table() {
            if (headers == null) {
                throw new UnreadableFileException("import.file.empty");
            }
            if (rows.isEmpty()) {
                throw new UnreadableFileException("import.file.noRows");
            }
            List<String> padded = new ArrayList<>(headers);
            while (padded.size() < width) {
                padded.add("");
            }
            return new UploadedTable(kind, List.copyOf(padded), List.copyOf(rows));
        }
    }

    /** Turns the cells of the event-based sheet reader into rows (missing cells are empty). */
    private final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Collector collector;
        private final List<String> current = new ArrayList<>();
        private int row;

        SheetRows(Collector collector) {
            this.collector = collector;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1;
            current.clear();
        }

        @Override
        public void endRow(int rowNum) {
            collector.row(rowNum + 1, current.toArray(String[]::new));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            if (column >= limits.maxColumns()) {
                if (value != null && !value.isBlank()) {
                    throw new UnreadableFileException("import.file.tooManyColumns", row, limits.maxColumns());
                }
                return;
            }
            while (current.size() < column) {
                current.add("");
            }
            if (current.size() == column) {
                current.add(value);
            }
        }
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
