package nl.sleutelnet.organisation.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.organisation.AffiliationDraft;
import nl.sleutelnet.organisation.AffiliationFunction;
import nl.sleutelnet.organisation.AffiliationService;
import nl.sleutelnet.organisation.ConsentMethod;
import nl.sleutelnet.organisation.ConsentText;
import nl.sleutelnet.organisation.OrganisationService;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.shared.InvalidInputException;

/**
 * A key figure's organisations: the list, linking, ending, and (coordinators only) the
 * affiliations recorded with consent, with withdrawal.
 */
@Controller
class AffiliationController {

    private static final String PAGE = "organisation/affiliations";

    private final AffiliationService affiliations;
    private final OrganisationService organisations;
    private final KeyFigureService keyFigures;

    AffiliationController(AffiliationService affiliations, OrganisationService organisations,
            KeyFigureService keyFigures) {
        this.affiliations = affiliations;
        this.organisations = organisations;
        this.keyFigures = keyFigures;
    }

    @ModelAttribute("canEdit")
    boolean canEdit() {
        return organisations.mayEdit();
    }

    @GetMapping("/sleutelfiguren/{id}/organisaties")
    String show(@PathVariable KeyFigureId id, Model model, Locale locale) {
        return page(id, model, locale, new AffiliationDraft("", "", false, LocalDate.now(nl.sleutelnet.shared.Times.ZONE).toString(), null, ""));
    }

    @PostMapping("/sleutelfiguren/{id}/organisaties")
    String add(@PathVariable("id") KeyFigureId keyFigure, @RequestParam(name = "organisatie", required = false) String organisation,
            @RequestParam(name = "functie", required = false) String function,
            @RequestParam(name = "toestemming", required = false) String consent,
            @RequestParam(name = "toestemmingOp", required = false) String consentDate,
            @RequestParam(name = "toestemmingstekst", required = false) String consentVersion,
            @RequestParam(name = "toestemmingWijze", required = false) String consentMethod, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        AffiliationDraft draft = new AffiliationDraft(organisation, function, "ja".equals(consent), consentDate,
                consentVersion, consentMethod);
        try {
            affiliations.add(keyFigure, draft);
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            return page(keyFigure, model, locale, draft);
        }
        redirect.addFlashAttribute("notice", "affiliation.added");
        return "redirect:/sleutelfiguren/" + keyFigure.value() + "/organisaties";
    }

    @PostMapping("/sleutelfiguren/{id}/organisaties/beeindigen")
    String end(@PathVariable("id") KeyFigureId keyFigure, @RequestParam(name = "koppeling", required = false) String affiliation,
            RedirectAttributes redirect) {
        keyFigures.find(keyFigure);
        required(affiliation);
        affiliations.end(keyFigure, affiliation);
        redirect.addFlashAttribute("notice", "affiliation.ended");
        return "redirect:/sleutelfiguren/" + keyFigure.value() + "/organisaties";
    }

    @PostMapping("/sleutelfiguren/{id}/organisaties/intrekken")
    String withdraw(@PathVariable("id") KeyFigureId keyFigure, @RequestParam(name = "koppeling", required = false) String affiliation,
            RedirectAttributes redirect) {
        keyFigures.find(keyFigure);
        required(affiliation);
        affiliations.withdrawConsent(keyFigure, affiliation);
        redirect.addFlashAttribute("notice", "affiliation.withdrawn");
        return "redirect:/sleutelfiguren/" + keyFigure.value() + "/organisaties";
    }

    private String page(KeyFigureId id, Model model, Locale locale, AffiliationDraft draft) {
        KeyFigure keyFigure = keyFigures.get(id);
        AffiliationService.View view = affiliations.of(id);
        ConsentText consent = affiliations.currentConsentText();
        model.addAttribute("keyFigure", keyFigure);
        model.addAttribute("plain", view.plain());
        model.addAttribute("sensitive", view.sensitive());
        model.addAttribute("choices", organisations.choices());
        model.addAttribute("kindNames", organisations.kindsByCode());
        model.addAttribute("functions", AffiliationFunction.values());
        model.addAttribute("methods", ConsentMethod.values());
        model.addAttribute("consent", consent);
        model.addAttribute("consentParagraphs", paragraphs(consent.body(locale)));
        model.addAttribute("form", draft);
        return PAGE;
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** A button always names its affiliation: a request without one is malformed, not "not found". */
    private static void required(String affiliation) {
        if (affiliation == null || affiliation.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
