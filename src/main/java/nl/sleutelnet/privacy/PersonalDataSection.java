package nl.sleutelnet.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One section of a key figure's data download: a key (e.g. "contactmomenten") and its rows,
 * each an ordered list of fields with Dutch keys. A field holds only plain values: text,
 * a number, a yes/no, a date, or a list of those (null: recorded as empty). Anything else is
 * refused when the field is made, so no entity or nested structure ends up in a download by
 * its {@code toString}. The JSON download writes {@link #asMaps()}; the PDF and the portal's
 * page turn each field into text.
 */
public record PersonalDataSection(String key, List<Row> rows) {

    public PersonalDataSection {
        Objects.requireNonNull(key, "key");
        rows = List.copyOf(rows);
    }

    /** The rows as ordered maps (field key → value), for the JSON download. */
    public List<Map<String, Object>> asMaps() {
        return rows.stream().map(Row::asMap).toList();
    }

    /** A new row to fill, field by field in download order. */
    public static RowBuilder row() {
        return new RowBuilder();
    }

    /** One record of the section, e.g. one contact moment. */
    public record Row(List<Field> fields) {

        public Row {
            fields = List.copyOf(fields);
        }

        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            fields.forEach(f -> map.put(f.key(), f.value()));
            return Collections.unmodifiableMap(map);
        }
    }

    /** One field of a row: a Dutch key and a plain value (see the class comment). */
    public record Field(String key, Object value) {

        public Field {
            Objects.requireNonNull(key, "key");
            if (value instanceof Collection<?> values) {
                values.forEach(Field::requirePlain);
                value = Collections.unmodifiableList(new ArrayList<>(values));
            } else {
                requirePlain(value);
            }
        }

        private static void requirePlain(Object value) {
            if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean
                    || value instanceof LocalDate)) {
                throw new IllegalArgumentException("not a plain value for a data download: " + value.getClass());
            }
        }
    }

    /** Fills one row; keys keep the order in which they are put, a key put twice keeps its first place. */
    public static final class RowBuilder {

        private final Map<String, Object> values = new LinkedHashMap<>();

        private RowBuilder() {
        }

        public RowBuilder put(String key, Object value) {
            values.put(key, value);
            return this;
        }

        /** Puts the field only when it has a value. */
        public RowBuilder putIfPresent(String key, Object value) {
            if (value != null) {
                values.put(key, value);
            }
            return this;
        }

        public Row build() {
            List<Field> fields = new ArrayList<>();
            values.forEach((k, v) -> fields.add(new Field(k, v)));
            return new Row(fields);
        }
    }
}
