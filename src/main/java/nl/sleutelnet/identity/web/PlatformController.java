package nl.sleutelnet.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.identity.platform.PlatformAdministration;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.Municipalities;
import nl.sleutelnet.tenancy.Municipality;
import nl.sleutelnet.tenancy.MunicipalityId;
import nl.sleutelnet.tenancy.Region;
import nl.sleutelnet.tenancy.RegionId;
import nl.sleutelnet.tenancy.TenancyAdministration;

/**
 * The platform administrator's screens: regions, their municipalities, a municipality's first
 * administrator and a region's analysts and researchers. A new account's set-up link is shown
 * once, on the answer to the form, and nowhere else.
 */
@Controller
class PlatformController {

    private static final int PAGE_SIZE = 25;

    private final PlatformAdministration platform;
    private final TenancyAdministration tenancy;
    private final Municipalities municipalities;
    private final AccountService accounts;

    PlatformController(PlatformAdministration platform, TenancyAdministration tenancy, Municipalities municipalities,
            AccountService accounts) {
        this.platform = platform;
        this.tenancy = tenancy;
        this.municipalities = municipalities;
        this.accounts = accounts;
    }

    @GetMapping("/platform")
    String regions(Model model) {
        return regionsPage(model, Map.of());
    }

    @PostMapping("/platform/regio")
    String addRegion(@RequestParam(name = "naam", required = false) String name, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Region region = platform.addRegion(name);
            redirect.addFlashAttribute("notice", "platform.region.added");
            return "redirect:/platform/regio/" + region.id().value();
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            return regionsPage(model, Map.of("naam", clean(name)));
        }
    }

    @GetMapping("/platform/regio/{id}")
    String region(@PathVariable RegionId id, @RequestParam(name = "pagina", required = false) String page,
            Model model) {
        return regionPage(id, page, model, Map.of(), Set.of());
    }

    @PostMapping("/platform/regio/{id}/gemeente")
    String addMunicipality(@PathVariable RegionId id, @RequestParam(name = "naam", required = false) String name,
            @RequestParam(name = "cbsCode", required = false) String cbsCode, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        region(id);
        try {
            Municipality municipality = platform.addMunicipality(id, name, cbsCode);
            redirect.addFlashAttribute("notice", "platform.municipality.added");
            return "redirect:/platform/gemeente/" + municipality.id().value();
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            return regionPage(id, null, model, Map.of("naam", clean(name), "cbsCode", clean(cbsCode)), Set.of());
        }
    }

    @PostMapping("/platform/regio/{id}/account")
    String addRegionalAccount(@PathVariable RegionId id, @RequestParam(name = "naam", required = false) String name,
            @RequestParam(name = "email", required = false) String email,
            @RequestParam(name = "rollen", required = false) List<String> roles, Model model,
            HttpServletResponse response) {
        region(id);
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            for (String role : roles) {
                AccountService.REGIONAL_ROLES.stream().filter(r -> r.name().equals(role)).forEach(chosen::add);
            }
        }
        try {
            model.addAttribute("account", platform.createRegionalAccount(id, name, email, chosen));
            model.addAttribute("back", "/platform/regio/" + id.value());
            return "platform/link";
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            return regionPage(id, null, model, Map.of("accountNaam", clean(name), "email", clean(email)), chosen);
        }
    }

    @GetMapping("/platform/gemeente/{id}")
    String municipality(@PathVariable MunicipalityId id, Model model) {
        return municipalityPage(id, model, Map.of());
    }

    @PostMapping("/platform/gemeente/{id}/beheerder")
    String addAdministrator(@PathVariable MunicipalityId id,
            @RequestParam(name = "naam", required = false) String name,
            @RequestParam(name = "email", required = false) String email, Model model, HttpServletResponse response) {
        municipality(id);
        try {
            model.addAttribute("account", platform.createFirstAdministrator(id, name, email));
            model.addAttribute("back", "/platform/gemeente/" + id.value());
            return "platform/link";
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            return municipalityPage(id, model, Map.of("naam", clean(name), "email", clean(email)));
        }
    }

    private String regionsPage(Model model, Map<String, String> form) {
        model.addAttribute("regions", tenancy.regions());
        model.addAttribute("form", form);
        model.addAttribute("maxName", TenancyAdministration.MAX_NAME);
        return "platform/regions";
    }

    private String regionPage(RegionId id, String page, Model model, Map<String, String> form, Set<Role> chosen) {
        model.addAttribute("region", region(id));
        model.addAttribute("page", tenancy.municipalities(id, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("regionalStaff", accounts.staffOfRegion(id));
        model.addAttribute("regionalRoles", List.of(Role.ANALYST, Role.RESEARCHER));
        model.addAttribute("chosenRoles", chosen);
        model.addAttribute("form", form);
        model.addAttribute("maxName", TenancyAdministration.MAX_NAME);
        model.addAttribute("maxEmail", PlatformAdministration.MAX_EMAIL);
        return "platform/region";
    }

    private String municipalityPage(MunicipalityId id, Model model, Map<String, String> form) {
        Municipality municipality = municipality(id);
        model.addAttribute("municipality", municipality);
        model.addAttribute("region", municipalities.findRegion(municipality.regionId()).orElseThrow());
        // Only who administers the municipality: names and whether active, nothing of its content.
        List<StaffMember> administrators = accounts.staffOf(id).stream()
                .filter(s -> s.roles().contains(Role.ADMINISTRATOR)).toList();
        model.addAttribute("administrators", administrators);
        model.addAttribute("hasAdministrator", accounts.hasActiveAdministrator(id));
        model.addAttribute("form", form);
        model.addAttribute("maxName", PlatformAdministration.MAX_NAME);
        model.addAttribute("maxEmail", PlatformAdministration.MAX_EMAIL);
        return "platform/municipality";
    }

    private Region region(RegionId id) {
        return municipalities.findRegion(id).orElseThrow(() -> new NotFoundException("region"));
    }

    private Municipality municipality(MunicipalityId id) {
        return municipalities.find(id).orElseThrow(() -> new NotFoundException("municipality"));
    }

    /** The typed text to show again in the form, without control characters. */
    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("\\p{Cntrl}", "");
    }
}
