package nl.sleutelnet.network;

import java.time.Instant;

/**
 * One line on a key figure's timeline: when, what kind (a message key), a short
 * non-narrative detail (codes, titles, never a note) and optionally where to read more.
 */
public record TimelineEntry(Instant at, String labelKey, String detail, String href) {
}
