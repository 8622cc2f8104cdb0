package nl.sleutelnet.identity.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import nl.sleutelnet.identity.ApiClientService;
import nl.sleutelnet.identity.ApiScope;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.shared.InvalidInputException;

/**
 * The administrator's API clients (ADR 0028): the list with last use, a form to make one, and
 * revoking. The credential of a new client is in the answer to the form and nowhere else: it is
 * not stored, so it cannot be shown again.
 */
@Controller
class ApiClientController {

    private static final String PAGE = "identity/api-clients";

    private final ApiClientService clients;

    ApiClientController(ApiClientService clients) {
        this.clients = clients;
    }

    @GetMapping("/beheer/api-koppelingen")
    String list(Model model) {
        return page(model, Map.of());
    }

    @PostMapping("/beheer/api-koppelingen")
    String create(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        Map<ApiScope, String> access = new EnumMap<>(ApiScope.class);
        for (ApiScope scope : ApiScope.values()) {
            access.put(scope, form.get("toegang-" + scope.code()));
        }
        try {
            ApiClientService.Created created = clients.create(new ApiClientService.Draft(form.get("naam"), access,
                    form.get("vervaldatum"), form.get("verzoekenPerMinuut")));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            model.addAttribute("created", created);
            return "identity/api-client-created";
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            return page(model, form);
        }
    }

    @PostMapping("/beheer/api-koppelingen/{id}/intrekken")
    String revoke(@PathVariable("id") UUID id, RedirectAttributes redirect) {
        clients.revoke(id);
        redirect.addFlashAttribute("notice", "apiclients.revoked");
        return "redirect:/beheer/api-koppelingen";
    }

    private String page(Model model, Map<String, String> form) {
        InputProblems.none(model);
        List<ApiClientService.Listed> listed = clients.list();
        Map<String, String> values = new LinkedHashMap<>();
        for (ApiScope scope : ApiScope.values()) {
            String typed = form.get("toegang-" + scope.code());
            values.put(scope.code(), typed == null ? ApiClientService.NONE : typed);
        }
        model.addAttribute("clients", listed);
        model.addAttribute("scopes", ApiScope.values());
        model.addAttribute("access", values);
        model.addAttribute("form", form);
        model.addAttribute("maxName", ApiClientService.MAX_NAME);
        model.addAttribute("today", clients.today().toString());
        model.addAttribute("latestExpiry", clients.latestExpiry().toString());
        model.addAttribute("defaultLimit", clients.settings().defaultRequestsPerMinute());
        model.addAttribute("maxLimit", clients.settings().maxRequestsPerMinute());
        return PAGE;
    }
}
