package nl.sleutelnet.registerimport;

import java.util.List;
import java.util.UUID;

/**
 * What an import would do, row by row: the problems of invalid rows, duplicates within the
 * file and duplicates of key figures already in the register (each with what a merge would
 * fill in), and how many new key figures it would create.
 */
public record ImportReport(int rows, int valid, int invalid, int toCreate, List<RowProblem> problems,
        List<FileDuplicate> fileDuplicates, List<RegisterDuplicate> registerDuplicates) {

    /** What two rows or a row and a key figure have in common. */
    public enum MatchedOn { EMAIL, PHONE, NAME }

    /** A row that is the same person as an earlier row of the file; it is skipped. */
    public record FileDuplicate(int row, String name, int sameAsRow, MatchedOn matchedOn) {
    }

    /** A row that is a key figure already in the register: skipped, or merged into it. */
    public record RegisterDuplicate(int row, String name, UUID existingId, String existingName, MatchedOn matchedOn,
            List<Change> changes) {
    }

    /** A field a merge would fill in, with the value it would get. */
    public record Change(ImportField field, String value) {
    }

    /** How many rows have problems (a row with three problems counts once). */
    public int invalidRows() {
        return invalid;
    }
}
