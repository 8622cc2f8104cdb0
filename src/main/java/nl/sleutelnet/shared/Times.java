package nl.sleutelnet.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.Temporal;
import java.util.Locale;

/**
 * The one way a moment is shown: stored as an instant, shown in Europe/Amsterdam (the
 * municipalities' zone, with its summer and winter time) on every screen, PDF and mail.
 * Templates reach it as {@code #times} (see {@link TimesDialect}); Java code calls it directly.
 */
public final class Times {

    /** The zone of every time shown and of every "today". */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Times() {
    }

    /** The wall-clock time in Amsterdam at that instant; null stays null. */
    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    /** The Amsterdam day of that instant; null stays null. */
    public static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZONE);
    }

    /**
     * Formats a moment or a day with a pattern such as {@code d MMMM yyyy HH:mm}. An instant or
     * a zoned or offset time is first moved to Amsterdam; a local date or time is shown as it is.
     * Null gives an empty text.
     */
    public static String format(Temporal value, String pattern, Locale locale) {
        if (value == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(pattern, locale).format(inZone(value));
    }

    /** A long date, e.g. "25 oktober 2026". */
    public static String date(Temporal value, Locale locale) {
        return value == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(inZone(value));
    }

    /** A long date with the time, e.g. "25 oktober 2026 om 02:30". */
    public static String dateTime(Temporal value, Locale locale) {
        return value == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).format(inZone(value));
    }

    private static Temporal inZone(Temporal value) {
        if (value instanceof Instant instant) {
            return instant.atZone(ZONE);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(ZONE);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(ZONE);
        }
        return value;
    }
}
