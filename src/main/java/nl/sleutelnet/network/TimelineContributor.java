package nl.sleutelnet.network;

import java.util.List;

/**
 * Implemented by modules that record things about a key figure (contacts, agreements,
 * reciprocity) so that the key-figure page shows one timeline without the network module
 * knowing those modules. Called with the tenant set; answer newest first, at most {@code limit}.
 */
public interface TimelineContributor {

    List<TimelineEntry> timelineOf(KeyFigureId keyFigure, int limit);
}
