package nl.sleutelnet.concern.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.concern.AgeBand;
import nl.sleutelnet.concern.ConcernDraft;
import nl.sleutelnet.concern.ConcernInput;
import nl.sleutelnet.concern.ConcernFile;
import nl.sleutelnet.concern.ConcernFilter;
import nl.sleutelnet.concern.ConcernId;
import nl.sleutelnet.concern.ConcernHandling;
import nl.sleutelnet.concern.ConcernIntake;
import nl.sleutelnet.concern.ConcernStatus;
import nl.sleutelnet.concern.Decision;
import nl.sleutelnet.concern.FeedbackChannel;
import nl.sleutelnet.concern.HandlerStep;
import nl.sleutelnet.concern.LegalBasis;
import nl.sleutelnet.concern.Outcome;
import nl.sleutelnet.concern.Receiver;
import nl.sleutelnet.concern.SourceKind;
import nl.sleutelnet.concern.StepInput;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.PageRequest;

/**
 * The concern handlers' screens: the work list, a concern with its next steps, and recording a
 * concern on behalf of a key figure. Opening a concern is an audited read (in the service).
 */
@Controller
class ConcernController {

    private final ConcernHandling concerns;
    private final ConcernIntake intake;
    private final KeyFigureService keyFigures;
    private final Clock clock;

    ConcernController(ConcernHandling concerns, ConcernIntake intake, KeyFigureService keyFigures, Clock clock) {
        this.concerns = concerns;
        this.intake = intake;
        this.keyFigures = keyFigures;
        this.clock = clock;
    }

    @GetMapping("/zorgmeldingen")
    String list(@RequestParam(name = "weergave", required = false) String view,
            @RequestParam(name = "kenmerk", required = false) String reference,
            @RequestParam(name = "pagina", required = false) String page, Model model) {
        ConcernFilter.View chosen = view(view);
        String cleanReference = reference == null || reference.isBlank() ? null : reference.strip().toUpperCase();
        boolean referenceValid = cleanReference == null || cleanReference.matches("ZM-[0-9]{4}-[0-9]{4,7}");
        // A reference searches all concerns; a malformed one finds nothing (and says why).
        var found = concerns.list(new ConcernFilter(cleanReference != null ? ConcernFilter.View.ALL : chosen, null,
                referenceValid ? cleanReference : "-"), PageRequest.of(page, PageRequest.DEFAULT_SIZE));
        model.addAttribute("page", found);
        model.addAttribute("view", cleanReference != null ? ConcernFilter.View.ALL : chosen);
        model.addAttribute("views", ConcernFilter.View.values());
        model.addAttribute("reference", reference == null ? "" : reference);
        model.addAttribute("referenceInvalid", !referenceValid);
        model.addAttribute("counts", concerns.workCounts());
        model.addAttribute("staff", staffNames());
        model.addAttribute("today", LocalDate.now(clock));
        return "concern/list";
    }

    @GetMapping("/zorgmeldingen/{id}")
    String show(@PathVariable ConcernId id, @AuthenticationPrincipal SleutelnetUser user, Model model) {
        return filePage(concerns.open(id), user, InputProblems.NONE, Map.of(), model);
    }

    @PostMapping("/zorgmeldingen/{id}/stap")
    String step(@PathVariable("id") ConcernId concern, @AuthenticationPrincipal SleutelnetUser user,
            @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        InputProblems problems;
        try {
            HandlerStep step = step(form.get("stap"));
            int version = version(form.get("versie"));
            concerns.take(concern, step, version, new StepInput(form.get("bericht"), form.get("vraag"),
                    new Decision(form.get("uitkomst"), form.get("onderbouwing"), form.get("ontvanger"),
                            form.get("grondslag"), form.get("overdrachtsdatum"), form.get("kenmerk")),
                    form.get("toelichting")));
            // A proposal is not yet an outcome: say so, and who is next.
            boolean proposed = step == HandlerStep.UITKOMST
                    && concerns.summary(concern).status() == ConcernStatus.AWAITING_APPROVAL;
            redirect.addFlashAttribute("notice", "concern.step.done." + step.name() + (proposed ? ".proposed" : ""));
            return "redirect:/zorgmeldingen/" + concern.value();
        } catch (InvalidInputException e) {
            problems = InputProblems.of(e.problems());
        } catch (ConcurrentChangeException e) {
            problems = InputProblems.of(new FieldProblem("versie", "concern.error.concurrent"));
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return filePage(concerns.open(concern), user, problems, form, model);
    }

    @GetMapping("/sleutelfiguren/{id}/zorgmelding")
    String recordForm(@PathVariable KeyFigureId id, Model model) {
        KeyFigure keyFigure = keyFigures.find(id);
        return recordPage(keyFigure, InputProblems.NONE, Map.of("soort", "CONCERN", "terugkoppeling", "CONTACT_PERSON"), model);
    }

    @PostMapping("/sleutelfiguren/{id}/zorgmelding")
    String record(@PathVariable KeyFigureId id, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        KeyFigure keyFigure = keyFigures.find(id);
        ConcernDraft draft = new ConcernDraft(form.get("soort"), form.get("leeftijd"), form.get("gebied"),
                form.get("feiten"), form.get("interpretatie"), form.get("bron"), form.get("bronToestemming"),
                form.get("bronNaam"), form.get("tegenindicaties"), form.get("terugkoppeling"));
        try {
            ConcernId concern = intake.recordFor(keyFigure.id(), draft);
            redirect.addFlashAttribute("notice", "concern.recorded");
            return "redirect:/zorgmeldingen/" + concern.value();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return recordPage(keyFigure, InputProblems.of(e.problems()), form, model);
        }
    }

    private String filePage(ConcernFile file, SleutelnetUser user, InputProblems problems,
            Map<String, String> form, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("concern", file.concern());
        model.addAttribute("reporter", file.concern().keyFigure() == null ? null
                : keyFigures.find(file.concern().keyFigure()));
        model.addAttribute("staff", staffNames());
        model.addAttribute("areaNames", keyFigures.areaNames());
        model.addAttribute("mine", user.accountId().equals(file.concern().outcomeBy()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("outcomes", List.of(Outcome.values()).stream()
                .filter(o -> o.allowedFor(file.concern().kind())).toList());
        model.addAttribute("receivers", Receiver.values());
        model.addAttribute("maxNarrative", ConcernInput.MAX_NARRATIVE);
        model.addAttribute("maxShort", ConcernInput.MAX_SHORT);
        model.addAttribute("legalBases", LegalBasis.values());
        model.addAttribute("problems", problems);
        model.addAttribute("form", form);
        model.addAttribute("statusUpdate", file.concern().status() != ConcernStatus.RECEIVED
                && file.concern().status() != ConcernStatus.CLOSED);
        return "concern/concern";
    }

    private String recordPage(KeyFigure keyFigure, InputProblems problems, Map<String, String> form,
            Model model) {
        model.addAttribute("keyFigure", keyFigure);
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("sources", SourceKind.values());
        model.addAttribute("channels", FeedbackChannel.values());
        model.addAttribute("areas", keyFigures.areas());
        model.addAttribute("problems", problems);
        model.addAttribute("form", form);
        return "concern/record";
    }

    private Map<UUID, String> staffNames() {
        return keyFigures.staff().stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName,
                (a, b) -> a));
    }

    private static ConcernFilter.View view(String value) {
        if (value != null) {
            for (ConcernFilter.View v : ConcernFilter.View.values()) {
                if (v.name().equalsIgnoreCase(value.strip())) {
                    return v;
                }
            }
        }
        return ConcernFilter.View.OPEN;
    }

    private static HandlerStep step(String value) {
        HandlerStep step = HandlerStep.of(value);
        if (step == null) {
            throw new InvalidInputException(List.of(new FieldProblem("stap", "concern.error.step")));
        }
        return step;
    }

    private static int version(String value) {
        if (value == null || !value.strip().matches("[0-9]{1,9}")) {
            throw new ConcurrentChangeException();
        }
        return Integer.parseInt(value.strip());
    }
}
