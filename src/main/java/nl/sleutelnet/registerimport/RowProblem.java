package nl.sleutelnet.registerimport;

/**
 * One problem of one row of the file, for the report: the row number as the spreadsheet shows
 * it, the field, a message key and the value as found (shown escaped; may be empty).
 */
public record RowProblem(int row, ImportField field, String messageKey, String value) {
}
