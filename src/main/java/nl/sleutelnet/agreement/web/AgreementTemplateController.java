package nl.sleutelnet.agreement.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import nl.sleutelnet.agreement.AgreementService;
import nl.sleutelnet.agreement.AgreementTexts;
import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.shared.InvalidInputException;

/** The municipality's agreement text per language; every save is a new version. */
@Controller
class AgreementTemplateController {

    private final AgreementService agreements;

    AgreementTemplateController(AgreementService agreements) {
        this.agreements = agreements;
    }

    @GetMapping("/beheer/afspraaktekst")
    String show(@RequestParam(name = "taal", required = false) String language, Model model) {
        String lang = AgreementService.language(language);
        return page(lang, agreements.template(lang).texts(), model);
    }

    @PostMapping("/beheer/afspraaktekst")
    String save(@RequestParam(name = "taal", required = false) String language,
            @RequestParam(name = "verwachtingenGemeente", required = false) String municipalityExpectations,
            @RequestParam(name = "verwachtingenSleutelfiguur", required = false) String keyFigureExpectations,
            @RequestParam(name = "informatieDoel", required = false) String purpose,
            @RequestParam(name = "informatieWieZiet", required = false) String access,
            @RequestParam(name = "informatieBewaren", required = false) String retention,
            @RequestParam(name = "informatieRechten", required = false) String rights,
            @RequestParam(name = "partnerclausule", required = false) String clause, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        String lang = AgreementService.language(language);
        AgreementTexts texts = new AgreementTexts(municipalityExpectations, keyFigureExpectations, purpose, access,
                retention, rights, clause);
        try {
            int version = agreements.saveTemplate(lang, texts);
            redirect.addFlashAttribute("notice", "agreementTemplate.saved");
            redirect.addFlashAttribute("savedVersion", version);
            return "redirect:/beheer/afspraaktekst?taal=" + lang;
        } catch (InvalidInputException e) {
            model.addAttribute(InputProblems.ATTRIBUTE, AgreementForm.problems(e.problems(), java.util.List.of()));
        } catch (ConcurrentChangeException e) {
            model.addAttribute(InputProblems.ATTRIBUTE, InputProblems.of(new FieldProblem("versie", "agreement.error.concurrent")));
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(lang, texts, model);
    }

    private String page(String language, AgreementTexts texts, Model model) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("verwachtingenGemeente", texts.municipalityExpectations());
        fields.put("verwachtingenSleutelfiguur", texts.keyFigureExpectations());
        fields.put("informatieDoel", texts.informationPurpose());
        fields.put("informatieWieZiet", texts.informationAccess());
        fields.put("informatieBewaren", texts.informationRetention());
        fields.put("informatieRechten", texts.informationRights());
        model.addAttribute("fields", fields);
        model.addAttribute("texts", texts);
        model.addAttribute("language", language);
        model.addAttribute("template", agreements.template(language));
        model.addAttribute("partnerCore", agreements.partnerCore(language));
        model.addAttribute("languages", AgreementService.LANGUAGES);
        model.addAttribute("maxText", AgreementService.MAX_TEXT);
        model.addAttribute("maxClause", AgreementService.MAX_CLAUSE);
        InputProblems.none(model);
        return "agreement/template";
    }
}
