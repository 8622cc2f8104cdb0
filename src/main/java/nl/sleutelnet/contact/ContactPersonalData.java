package nl.sleutelnet.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.privacy.DataSubject;
import nl.sleutelnet.privacy.FieldEncryption;
import nl.sleutelnet.privacy.PersonalDataContributor;
import nl.sleutelnet.privacy.PersonalDataSection;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.CurrentTenant;

/**
 * Section "contactmomenten" of the key figure's own data download: every contact with date,
 * channel, topics, who of the municipality was present, the note (decrypted: the key figure may
 * see everything recorded about them) and the follow-up actions.
 */
@Component
class ContactPersonalData implements PersonalDataContributor {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ContactMoments contacts;
    private final FollowUpActions actions;
    private final FieldEncryption encryption;
    private final AccountService accounts;
    private final MessageSource messages;

    ContactPersonalData(ContactMoments contacts, FollowUpActions actions, FieldEncryption encryption,
            AccountService accounts, MessageSource messages) {
        this.contacts = contacts;
        this.actions = actions;
        this.encryption = encryption;
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    public String section() {
        return "contactmomenten";
    }

    @Override
    public PersonalDataSection personalDataOf(DataSubject subject) {
        KeyFigureId keyFigure = new KeyFigureId(subject.keyFigureId());
        var municipality = CurrentTenant.require();
        Map<UUID, String> names = accounts.staffOf(municipality).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
        List<PersonalDataSection.Row> out = new ArrayList<>();
        int page = 1;
        while (true) {
            var rows = contacts.ofKeyFigure(municipality, keyFigure.value(), null, new PageRequest(page, PageRequest.MAX_SIZE));
            var followUps = actions.ofContactMoments(municipality, rows.items().stream().map(ContactMoments.Row::id).toList())
                    .stream().collect(Collectors.groupingBy(FollowUpActions.Row::contactMoment));
            for (ContactMoments.Row r : rows.items()) {
                PersonalDataSection.RowBuilder record = PersonalDataSection.row();
                record.put("datum", r.occurredOn());
                record.put("kanaal", text("contact.channel." + r.channel()));
                record.put("onderwerpen", r.topics().stream().map(t -> text("contact.topic." + t)).toList());
                record.put("aanwezig", r.participants().stream().map(p -> names.getOrDefault(p, "Onbekende medewerker"))
                        .toList());
                record.put("notitie", r.note() == null ? null : encryption.decrypt(r.note()));
                record.put("vervolgacties", followUps.getOrDefault(r.id(), List.of()).stream()
                        .map(a -> encryption.decrypt(a.description()) + " (uiterlijk " + a.dueOn()
                                + (a.doneOn() == null ? "" : ", afgerond " + a.doneOn()) + ")")
                        .toList());
                out.add(record.build());
            }
            if (!rows.hasNext()) {
                return sectionOf(out);
            }
            page++;
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
