package nl.sleutelnet.concern.web;

import java.util.List;
import java.util.Map;

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
import nl.sleutelnet.concern.ConcernId;
import nl.sleutelnet.concern.ConcernKind;
import nl.sleutelnet.concern.ConcernIntake;
import nl.sleutelnet.concern.FeedbackChannel;
import nl.sleutelnet.concern.ReporterConcerns;
import nl.sleutelnet.concern.Satisfaction;
import nl.sleutelnet.concern.SourceKind;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;

/**
 * The reporter's side of concerns in the portal: raise one (or ask anonymous advice), follow its
 * status, answer a question, say how satisfied one is, ask to reopen. Always the signed-in key
 * figure's own concerns: the key figure comes from the session, and another's concern is not found.
 * The reporter sees the status and the messages meant for them, nothing of the handling.
 */
@Controller
class PortalConcernController {

    private static final String LIST = "/portaal/zorgen";

    private final ReporterConcerns concerns;
    private final ConcernIntake intake;
    private final KeyFigureService keyFigures;

    PortalConcernController(ReporterConcerns concerns, ConcernIntake intake, KeyFigureService keyFigures) {
        this.concerns = concerns;
        this.intake = intake;
        this.keyFigures = keyFigures;
    }

    @GetMapping(LIST)
    String list(@AuthenticationPrincipal SleutelnetUser user, Model model) {
        model.addAttribute("concerns", concerns.ofReporter(own(user)));
        return "concern/portal-list";
    }

    /** Without a kind: the choice between a concern about someone and anonymous advice; with one: its form. */
    @GetMapping(LIST + "/nieuw")
    String form(@AuthenticationPrincipal SleutelnetUser user,
            @RequestParam(name = "soort", required = false) String kind, Model model) {
        own(user);
        return formPage(kindOf(kind), RaiseForm.empty(), List.of(), model);
    }

    @PostMapping(LIST + "/nieuw")
    String raise(@AuthenticationPrincipal SleutelnetUser user, RaiseForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        KeyFigureId own = own(user);
        try {
            intake.raise(own, form.draft());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage(kindOf(form.soort()), form.withoutControlCharacters(), e.problems(), model);
        }
        redirect.addFlashAttribute("notice", "ADVICE".equals(form.soort()) ? "concern.portal.adviceRaised"
                : "concern.portal.raised");
        return "redirect:" + LIST;
    }

    @GetMapping(LIST + "/{id}")
    String show(@AuthenticationPrincipal SleutelnetUser user, @PathVariable("id") ConcernId id, Model model) {
        return concernPage(own(user), id, List.of(), "", model);
    }

    @PostMapping(LIST + "/{id}/antwoord")
    String answer(@AuthenticationPrincipal SleutelnetUser user, @PathVariable("id") ConcernId id,
            @RequestParam(name = "antwoord", required = false) String answer, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        KeyFigureId own = own(user);
        ConcernId concern = id;
        try {
            concerns.answer(own, concern, answer);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return concernPage(own, concern, e.problems(), answer, model);
        }
        redirect.addFlashAttribute("notice", "concern.portal.answered");
        return "redirect:" + LIST + "/" + concern.value();
    }

    @PostMapping(LIST + "/{id}/tevredenheid")
    String rate(@AuthenticationPrincipal SleutelnetUser user, @PathVariable("id") ConcernId id,
            @RequestParam(name = "tevredenheid", required = false) String satisfaction, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        KeyFigureId own = own(user);
        ConcernId concern = id;
        try {
            concerns.rate(own, concern, satisfaction);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return concernPage(own, concern, e.problems(), "", model);
        }
        if (Satisfaction.NOT_SATISFIED.name().equals(satisfaction.strip())) {
            redirect.addFlashAttribute("notice", "concern.portal.ratedNotSatisfied");
            return "redirect:" + LIST + "/" + concern.value() + "#heropenen";
        }
        redirect.addFlashAttribute("notice", "concern.portal.rated");
        return "redirect:" + LIST + "/" + concern.value();
    }

    @PostMapping(LIST + "/{id}/heropenen")
    String reopen(@AuthenticationPrincipal SleutelnetUser user, @PathVariable("id") ConcernId id,
            @RequestParam(name = "reden", required = false) String reason, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        KeyFigureId own = own(user);
        ConcernId concern = id;
        try {
            concerns.requestReopen(own, concern, reason);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return concernPage(own, concern, e.problems(), reason, model);
        }
        redirect.addFlashAttribute("notice", "concern.portal.reopenRequested");
        return "redirect:" + LIST + "/" + concern.value();
    }

    private String formPage(ConcernKind kind, RaiseForm form, List<FieldProblem> problems, Model model) {
        model.addAttribute("kind", kind == null ? null : kind.name());
        model.addAttribute("form", form);
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("sources", SourceKind.values());
        model.addAttribute("channels", FeedbackChannel.values());
        model.addAttribute("areas", kind == ConcernKind.CONCERN ? keyFigures.areas() : List.of());
        InputProblems.show(model, problems);
        model.addAttribute("anchors", ANCHORS);
        return "concern/portal-form";
    }

    /** The concern as its reporter sees it; reading it marks its messages as read. */
    private String concernPage(KeyFigureId own, ConcernId id, List<FieldProblem> problems, String typed,
            Model model) {
        model.addAttribute("concern", concerns.forReporter(own, id));
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("maxNarrative", ConcernInput.MAX_NARRATIVE);
        model.addAttribute("maxShort", ConcernInput.MAX_SHORT);
        InputProblems.show(model, problems);
        model.addAttribute("typed", typed == null ? "" : withoutControlCharacters(typed));
        return "concern/portal-concern";
    }

    /** Where the error summary links to: the field's element, or the top of the form when it is not on the page. */
    private static final Map<String, String> ANCHORS = Map.of("soort", "soort-keuze", "leeftijd",
            "leeftijd-" + AgeBand.values()[0].name(), "gebied", "gebied", "feiten", "feiten", "interpretatie",
            "interpretatie", "tegenindicaties", "tegenindicaties", "bron", "bron-" + SourceKind.values()[0].name(),
            "bronNaam", "bronNaam", "bronToestemming", "bronToestemming", "terugkoppeling",
            "terugkoppeling-" + FeedbackChannel.values()[0].name());

    private static ConcernKind kindOf(String kind) {
        for (ConcernKind k : ConcernKind.values()) {
            if (k.name().equals(kind == null ? null : kind.strip())) {
                return k;
            }
        }
        return null;
    }


    private static KeyFigureId own(SleutelnetUser user) {
        return new KeyFigureId(user.keyFigureId().orElseThrow(() -> new NotFoundException("key_figure")));
    }

    static String withoutControlCharacters(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "");
    }

    /** The raise form as typed; Dutch parameter names as on the page. */
    record RaiseForm(String soort, String leeftijd, String gebied, String feiten, String interpretatie, String bron,
            String bronToestemming, String bronNaam, String tegenindicaties, String terugkoppeling) {

        static RaiseForm empty() {
            return new RaiseForm(null, null, null, "", "", null, null, "", "", null);
        }

        ConcernDraft draft() {
            return new ConcernDraft(soort, leeftijd, gebied, feiten, interpretatie, bron, bronToestemming, bronNaam,
                    tegenindicaties, terugkoppeling);
        }

        /** What comes back on the page after a refusal: the texts as typed, minus control characters. */
        RaiseForm withoutControlCharacters() {
            return new RaiseForm(soort, leeftijd, gebied, PortalConcernController.withoutControlCharacters(feiten),
                    PortalConcernController.withoutControlCharacters(interpretatie), bron, bronToestemming,
                    PortalConcernController.withoutControlCharacters(bronNaam),
                    PortalConcernController.withoutControlCharacters(tegenindicaties), terugkoppeling);
        }
    }
}
