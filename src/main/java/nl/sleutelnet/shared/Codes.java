package nl.sleutelnet.shared;

import java.util.List;
import java.util.Optional;

/**
 * Codes as they arrive from a form, a query string or the API, read as the enum constant of
 * that name (surrounding white space ignored, case as written). An unknown code never throws:
 * it is empty, or a {@link FieldProblem} where the caller names the field (ADR 0016).
 */
public final class Codes {

    private Codes() {
    }

    /** The constant named by {@code code}; empty when the code is blank or unknown. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String name = code.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** An optional field: null when blank; an unknown code adds {@code key} for {@code field} and is null. */
    public static <E extends Enum<E>> E optional(Class<E> type, String code, String field, String key,
            List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return required(type, code, field, key, problems);
    }

    /** A required field: a blank or unknown code adds {@code key} for {@code field} and is null. */
    public static <E extends Enum<E>> E required(Class<E> type, String code, String field, String key,
            List<FieldProblem> problems) {
        Optional<E> parsed = parse(type, code);
        if (parsed.isEmpty()) {
            problems.add(new FieldProblem(field, key));
        }
        return parsed.orElse(null);
    }
}
