package nl.sleutelnet.registerimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;

/** An export as asked for: the file format, an optional status filter and the stated reason. */
public record ExportRequest(FileKind format, KeyFigureStatus status, ExportReason reason) {

    /** Reads the form's values (formaat, status, reden); what cannot be read is an {@link InvalidInputException}. */
    public static ExportRequest parse(String format, String status, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        FileKind kind = parse(FileKind.class, format);
        if (kind == null) {
            problems.add(new FieldProblem("formaat", "export.format.required"));
        }
        KeyFigureStatus filter = null;
        if (status != null && !status.isBlank()) {
            filter = parse(KeyFigureStatus.class, status);
            if (filter == null) {
                problems.add(new FieldProblem("status", "export.status.invalid"));
            }
        }
        ExportReason why = parse(ExportReason.class, reason);
        if (why == null) {
            problems.add(new FieldProblem("reden", "export.reason.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ExportRequest(kind, filter, why);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank() || value.length() > 40) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return constant;
            }
        }
        return null;
    }
}
