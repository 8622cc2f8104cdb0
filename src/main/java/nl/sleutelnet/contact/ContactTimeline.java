package nl.sleutelnet.contact;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.TimelineContributor;
import nl.sleutelnet.network.TimelineEntry;
import nl.sleutelnet.tenancy.CurrentTenant;

/** Contacts on the key figure's timeline: date, channel and topics; never the note. */
@Component
class ContactTimeline implements TimelineContributor {

    private static final ZoneId DUTCH = nl.sleutelnet.shared.Times.ZONE;

    private final ContactMoments contacts;
    private final MessageSource messages;

    ContactTimeline(ContactMoments contacts, MessageSource messages) {
        this.contacts = contacts;
        this.messages = messages;
    }

    @Override
    public List<TimelineEntry> timelineOf(KeyFigureId keyFigure, int limit) {
        var locale = LocaleContextHolder.getLocale();
        return contacts.newestOf(CurrentTenant.require(), keyFigure.value(), limit).stream()
                .map(r -> new TimelineEntry(r.occurredOn().atStartOfDay(DUTCH).toInstant(), "contact.timeline.label",
                        messages.getMessage("contact.channel." + r.channel(), null, r.channel(), locale) + " · "
                                + r.topics().stream().map(t -> messages.getMessage("contact.topic." + t, null, t, locale))
                                        .collect(Collectors.joining(", ")),
                        "/sleutelfiguren/" + keyFigure.value() + "/contactmomenten"))
                .toList();
    }
}
