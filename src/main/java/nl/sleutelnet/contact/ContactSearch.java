package nl.sleutelnet.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.sleutelnet.shared.FieldProblem;

/**
 * Filters of the contact-moment list as typed (API query parameters): key figure, period,
 * topic. Parsed values are null when absent or malformed; {@link #problems()} names the bad ones.
 */
public record ContactSearch(String keyFigureInput, String fromInput, String toInput, String topicInput) {

    public UUID keyFigure() {
        return blank(keyFigureInput) ? null : ContactService.uuid(keyFigureInput);
    }

    public LocalDate from() {
        return blank(fromInput) ? null : ContactService.date(fromInput, "van", new ArrayList<>());
    }

    public LocalDate to() {
        return blank(toInput) ? null : ContactService.date(toInput, "tot", new ArrayList<>());
    }

    public Topic topic() {
        return blank(topicInput) ? null : ContactService.topic(topicInput);
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (!blank(keyFigureInput) && keyFigure() == null) {
            problems.add(new FieldProblem("sleutelfiguur", "contact.search.keyFigure.invalid"));
        }
        if (!blank(fromInput)) {
            ContactService.date(fromInput, "van", problems);
        }
        if (!blank(toInput)) {
            ContactService.date(toInput, "tot", problems);
        }
        if (from() != null && to() != null && from().isAfter(to())) {
            problems.add(new FieldProblem("tot", "contact.period.reversed"));
        }
        if (!blank(topicInput) && topic() == null) {
            problems.add(new FieldProblem("onderwerp", "contact.topics.unknown"));
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
