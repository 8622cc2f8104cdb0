package nl.sleutelnet.agreement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.agreement.Agreement;
import nl.sleutelnet.agreement.AgreementFilter;
import nl.sleutelnet.agreement.AgreementPdf;
import nl.sleutelnet.agreement.AgreementService;
import nl.sleutelnet.agreement.AgreementTexts;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;

/** The coordinator's side: a key figure's agreement with its history, a new version, the PDF, the filtered lists. */
@Controller
class AgreementController {

    private final AgreementService agreements;
    private final AgreementPdf pdf;
    private final KeyFigureService keyFigures;
    private final Clock clock;

    AgreementController(AgreementService agreements, AgreementPdf pdf, KeyFigureService keyFigures, Clock clock) {
        this.agreements = agreements;
        this.pdf = pdf;
        this.keyFigures = keyFigures;
        this.clock = clock;
    }

    @GetMapping("/sleutelfiguren/{id}/afspraak")
    String show(@PathVariable KeyFigureId id, @RequestParam(name = "taal", required = false) String language,
            Model model) {
        KeyFigure keyFigure = keyFigures.get(id);
        List<Agreement> versions = agreements.versions(keyFigure.id());
        Agreement current = versions.isEmpty() ? null : versions.get(0);
        String lang = AgreementForm.language(language, current != null ? current.language()
                : keyFigure.preferredLanguage());
        model.addAttribute("form", prefilled(keyFigure, current, lang));
        return page(keyFigure, versions, lang, model);
    }

    @PostMapping("/sleutelfiguren/{id}/afspraak")
    String create(@PathVariable KeyFigureId id, @ModelAttribute AgreementForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        KeyFigure keyFigure = keyFigures.find(id);
        List<FieldProblem> parsing = new ArrayList<>();
        var draft = form.toDraft(parsing);
        InputProblems problems = AgreementForm.problems(parsing, agreements.validate(draft));
        if (problems.isEmpty()) {
            try {
                Agreement created = agreements.create(keyFigure.id(), draft);
                redirect.addFlashAttribute("notice", "agreement.created");
                redirect.addFlashAttribute("createdVersion", created.version());
                return "redirect:/sleutelfiguren/" + keyFigure.id().value() + "/afspraak";
            } catch (InvalidInputException e) {
                problems = AgreementForm.problems(e.problems(), List.of());
            } catch (ConcurrentChangeException e) {
                problems = InputProblems.of(new FieldProblem("versie", "agreement.error.concurrent"));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        String lang = AgreementForm.language(form.taal(), keyFigure.preferredLanguage());
        return page(keyFigure, agreements.versions(keyFigure.id()), lang, model);
    }

    @GetMapping("/sleutelfiguren/{id}/afspraak.pdf")
    ResponseEntity<byte[]> download(@PathVariable KeyFigureId id, Locale locale) {
        KeyFigure keyFigure = keyFigures.get(id);
        Agreement current = agreements.versions(keyFigure.id()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("agreement"));
        return pdfResponse(pdf.render(current, keyFigure, locale), current);
    }

    @GetMapping("/afspraken")
    String list(@RequestParam(name = "filter", required = false) String filter,
            @RequestParam(name = "pagina", required = false) String page, Model model) {
        AgreementFilter chosen = AgreementFilter.of(filter);
        PageRequest request = PageRequest.of(page, PageRequest.DEFAULT_SIZE);
        Page<Agreement> found = chosen == AgreementFilter.WAITING ? agreements.waitingTooLong(request)
                : agreements.reviewDue(request);
        model.addAttribute("filter", chosen);
        model.addAttribute("filters", AgreementFilter.values());
        model.addAttribute("page", found);
        model.addAttribute("keyFigures", agreements.keyFiguresOf(found.items()));
        model.addAttribute("today", LocalDate.now(clock));
        return "agreement/list";
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] body, Agreement agreement) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("samenwerkingsafspraak-versie-" + agreement.version() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private String page(KeyFigure keyFigure, List<Agreement> versions, String language, Model model) {
        AgreementTexts template = agreements.template(language).texts();
        model.addAttribute("keyFigure", keyFigure);
        model.addAttribute("versions", versions);
        model.addAttribute("current", versions.isEmpty() ? null : versions.get(0));
        model.addAttribute("staffNames", agreements.staffNames());
        model.addAttribute("staff", agreements.contactStaff());
        model.addAttribute("roleTypes", RoleType.values());
        model.addAttribute("cadenceChoices", AgreementForm.CADENCE_CHOICES);
        model.addAttribute("language", language);
        model.addAttribute("templateTexts", template);
        model.addAttribute("minReview", LocalDate.now(clock).plusDays(1));
        model.addAttribute("noChanges", List.of());
        model.addAttribute("maxText", AgreementService.MAX_TEXT);
        InputProblems.none(model);
        return "agreement/agreement";
    }

    private AgreementForm prefilled(KeyFigure keyFigure, Agreement current, String language) {
        LocalDate review = AgreementForm.defaultReview(LocalDate.now(clock));
        AgreementTexts template = agreements.template(language).texts();
        if (current != null) {
            boolean sameLanguage = current.language().equals(language);
            return AgreementForm.of(current, language,
                    sameLanguage ? current.texts().municipalityExpectations() : template.municipalityExpectations(),
                    sameLanguage ? current.texts().keyFigureExpectations() : template.keyFigureExpectations(),
                    current.reviewOn().isAfter(LocalDate.now(clock)) ? current.reviewOn() : review);
        }
        Integer cadence = keyFigure.contactCadenceDays() == null ? AgreementForm.defaultCadence()
                : keyFigure.contactCadenceDays();
        boolean listed = AgreementForm.CADENCE_CHOICES.contains(cadence);
        return new AgreementForm(language, keyFigure.roleTypes().stream().sorted().map(Enum::name).toList(),
                template.municipalityExpectations(), template.keyFigureExpectations(),
                listed ? "" + cadence : AgreementForm.OTHER, listed ? "" : "" + cadence,
                keyFigure.contactPerson() == null ? "" : keyFigure.contactPerson().toString(),
                keyFigure.backupContact() == null ? "" : keyFigure.backupContact().toString(), review.toString());
    }
}
