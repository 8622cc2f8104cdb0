package nl.sleutelnet.registerimport;

import java.util.List;

/**
 * A parsed upload: the column headings (first non-empty row) and the data rows, each with its
 * row number as a spreadsheet program shows it (the heading row is row 1 when it is first).
 */
record UploadedTable(FileKind kind, List<String> headers, List<Row> rows) {

    record Row(int number, String[] cells) {

        String cell(int column) {
            return column < cells.length ? cells[column] : "";
        }
    }
}
