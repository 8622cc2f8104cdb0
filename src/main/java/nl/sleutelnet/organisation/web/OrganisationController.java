package nl.sleutelnet.organisation.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.organisation.Organisation;
import nl.sleutelnet.organisation.OrganisationDraft;
import nl.sleutelnet.organisation.OrganisationId;
import nl.sleutelnet.organisation.OrganisationService;
import nl.sleutelnet.organisation.OrganisationService.Channel;
import nl.sleutelnet.shared.ConcurrentChangeException;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.PageRequest;

/** The municipality's organisations: list with search, new, and one organisation's page with its edit form. */
@Controller
class OrganisationController {

    private static final String LIST = "organisation/organisations";
    private static final String FORM = "organisation/organisation";

    /** The limits of the form's fields, from the service's constants. */
    @ModelAttribute("maxName")
    int maxName() {
        return OrganisationService.MAX_NAME;
    }

    @ModelAttribute("maxWebsite")
    int maxWebsite() {
        return OrganisationService.MAX_WEBSITE;
    }

    private final OrganisationService organisations;

    OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @ModelAttribute("canEdit")
    boolean canEdit() {
        return organisations.mayEdit();
    }

    @GetMapping("/organisaties")
    String list(@RequestParam(name = "zoek", required = false) String query,
            @RequestParam(name = "pagina", required = false) String page, Model model, HttpServletResponse response) {
        model.addAttribute("query", query == null ? "" : query.replaceAll("[\\p{Cc}]", ""));
        model.addAttribute("kindNames", organisations.kindsByCode());
        String problem = OrganisationService.searchProblem(query);
        if (problem != null) {
            model.addAttribute("error", problem);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return LIST;
        }
        model.addAttribute("page", organisations.search(query, PageRequest.of(page, PageRequest.DEFAULT_SIZE),
                Channel.SCREEN));
        return LIST;
    }

    @GetMapping("/organisaties/nieuw")
    String newForm(Model model) {
        return form(model, null, new OrganisationDraft("", "", "", ""));
    }

    @PostMapping("/organisaties")
    String create(@RequestParam(name = "naam", required = false) String name,
            @RequestParam(name = "soort", required = false) String kind,
            @RequestParam(name = "gebied", required = false) String area,
            @RequestParam(name = "website", required = false) String website, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        OrganisationDraft draft = new OrganisationDraft(name, kind, area, website);
        try {
            OrganisationId id = organisations.create(draft, Channel.SCREEN);
            redirect.addFlashAttribute("notice", "organisation.created");
            return "redirect:/organisaties/" + id.value();
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            return form(model, null, draft);
        }
    }

    @GetMapping("/organisaties/{id}")
    String show(@PathVariable String id, Model model) {
        Organisation organisation = organisations.get(OrganisationService.id(id), Channel.SCREEN);
        return form(model, organisation, new OrganisationDraft(organisation.name(), organisation.kindCode(),
                organisation.areaCode(), organisation.website()));
    }

    @PostMapping("/organisaties/{id}")
    String update(@PathVariable String id, @RequestParam(name = "versie", required = false) String version,
            @RequestParam(name = "naam", required = false) String name,
            @RequestParam(name = "soort", required = false) String kind,
            @RequestParam(name = "gebied", required = false) String area,
            @RequestParam(name = "website", required = false) String website, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Organisation organisation = organisations.get(OrganisationService.id(id), Channel.SCREEN);
        OrganisationDraft draft = new OrganisationDraft(name, kind, area, website);
        try {
            organisations.update(organisation.id(), parseVersion(version, organisation.version()), draft);
            redirect.addFlashAttribute("notice", "organisation.saved");
            return "redirect:/organisaties/" + organisation.id().value();
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            return form(model, organisation, draft);
        } catch (ConcurrentChangeException e) {
            model.addAttribute("conflict", true);
            response.setStatus(HttpStatus.CONFLICT.value());
            Organisation now = organisations.get(organisation.id(), Channel.SCREEN);
            return form(model, now, draft);
        }
    }

    private String form(Model model, Organisation organisation, OrganisationDraft draft) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", draft);
        model.addAttribute("kinds", organisations.kindChoices(Channel.SCREEN));
        model.addAttribute("kindNames", organisations.kindsByCode());
        model.addAttribute("areas", organisations.areas());
        return FORM;
    }

    /** A missing or garbled version counts as a stale one, so that nothing is overwritten blindly. */
    private static int parseVersion(String typed, int current) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            return current - 1;
        }
    }
}
