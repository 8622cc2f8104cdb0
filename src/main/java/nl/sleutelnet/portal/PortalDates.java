package nl.sleutelnet.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Moments shown on portal pages in the municipality's time zone and the reader's language. */
@Component("portalDates")
public class PortalDates {

    private final Clock clock;

    PortalDates(Clock clock) {
        this.clock = clock;
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale()).withZone(clock.getZone()).format(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(clock.getZone()).format(instant);
    }

    public String date(java.time.LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(LocaleContextHolder.getLocale()).format(day);
    }
}
