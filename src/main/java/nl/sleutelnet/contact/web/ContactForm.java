package nl.sleutelnet.contact.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.util.MultiValueMap;

import nl.sleutelnet.contact.ContactMomentDraft;
import nl.sleutelnet.contact.ContactService;
import nl.sleutelnet.network.KeyFigure;

/**
 * The contact form as typed, to fill it again after a refusal. Follow-up rows come as three
 * aligned repeated parameters; a row without description and date is an unused row.
 */
record ContactForm(String datum, String kanaal, Set<String> aanwezigen, Set<String> onderwerpen, String notitie,
        List<Row> vervolgacties) {

    static final int FOLLOW_UP_ROWS = 3;

    /** One follow-up row of the form. */
    record Row(String omschrijving, String eigenaar, String datum) {
    }

    static ContactForm defaults(KeyFigure keyFigure, LocalDate today, UUID me) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < FOLLOW_UP_ROWS; i++) {
            rows.add(new Row("", me.toString(), ""));
        }
        return new ContactForm(today.toString(), keyFigure.preferredChannel().name(), Set.of(), Set.of(), "", rows);
    }

    static ContactForm of(MultiValueMap<String, String> params) {
        List<String> descriptions = values(params, "vervolgOmschrijving");
        List<String> owners = values(params, "vervolgEigenaar");
        List<String> dates = values(params, "vervolgDatum");
        // More rows than may be saved are cut off here; the service refuses the draft anyway.
        int n = Math.min(ContactService.MAX_FOLLOW_UPS + 1,
                Math.max(descriptions.size(), Math.max(owners.size(), dates.size())));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Row(at(descriptions, i), at(owners, i), at(dates, i)));
        }
        while (rows.size() < FOLLOW_UP_ROWS) {
            rows.add(new Row("", "", ""));
        }
        return new ContactForm(params.getFirst("datum"), params.getFirst("kanaal"),
                Set.copyOf(values(params, "aanwezig")), Set.copyOf(values(params, "onderwerp")),
                params.getFirst("notitie"), rows);
    }

    ContactMomentDraft draft() {
        List<ContactMomentDraft.FollowUpDraft> followUps = new ArrayList<>();
        for (Row row : vervolgacties) {
            if (!blank(row.omschrijving()) || !blank(row.datum())) {
                followUps.add(new ContactMomentDraft.FollowUpDraft(row.omschrijving(), row.eigenaar(), row.datum()));
            }
        }
        return new ContactMomentDraft(datum, kanaal, List.copyOf(aanwezigen), List.copyOf(onderwerpen), notitie,
                followUps);
    }

    private static List<String> values(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : values.stream().map(v -> v == null ? "" : v).toList();
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : "";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
