package nl.sleutelnet.organisation.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.organisation.NetworkSettingsService;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.shared.InvalidInputException;

/**
 * The municipality's network settings: kinds of networks (add, rename, order, deactivate,
 * mark sensitive) and areas with CBS codes (add, rename). One page; the kind or area being
 * edited is named in the query string, so the page works without JavaScript.
 */
@Controller
class NetworkSettingsController {

    private static final String PAGE = "organisation/settings";
    private static final String HOME = "redirect:/instellingen/netwerk";

    /** The limits of the fields, from the service's constants. */
    @ModelAttribute("maxKindName")
    int maxKindName() {
        return NetworkSettingsService.MAX_KIND_NAME;
    }

    @ModelAttribute("maxAreaName")
    int maxAreaName() {
        return NetworkSettingsService.MAX_AREA_NAME;
    }

    private final NetworkSettingsService settings;

    NetworkSettingsController(NetworkSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/instellingen/netwerk")
    String show(@RequestParam(name = "soort", required = false) String kind,
            @RequestParam(name = "gebied", required = false) String area, Model model) {
        settings.kind(kind == null ? "" : kind).ifPresent(k -> model.addAttribute("kindForm", Map.of("code", k.code(),
                "naamNl", k.nameNl(), "naamEn", k.nameEn(), "gevoelig", k.sensitive(), "actief", k.active(),
                "positie", String.valueOf(settings.position(k.code())))));
        settings.area(area == null ? "" : area).ifPresent(a -> model.addAttribute("areaForm",
                Map.of("code", a.code(), "naam", a.name())));
        return page(model);
    }

    @PostMapping("/instellingen/netwerk/soorten")
    String addKind(@RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "naamNl", required = false) String nameNl,
            @RequestParam(name = "naamEn", required = false) String nameEn,
            @RequestParam(name = "gevoelig", required = false) String sensitive, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            settings.addKind(code, nameNl, nameEn, "ja".equals(sensitive));
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            model.addAttribute("newKind", Map.of("code", text(code), "naamNl", text(nameNl), "naamEn", text(nameEn),
                    "gevoelig", "ja".equals(sensitive)));
            return page(model);
        }
        redirect.addFlashAttribute("notice", "networkSettings.kind.added");
        return HOME;
    }

    @PostMapping("/instellingen/netwerk/soort")
    String changeKind(@RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "naamNl", required = false) String nameNl,
            @RequestParam(name = "naamEn", required = false) String nameEn,
            @RequestParam(name = "gevoelig", required = false) String sensitive,
            @RequestParam(name = "actief", required = false) String active,
            @RequestParam(name = "positie", required = false) String position, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            settings.changeKind(code, nameNl, nameEn, "ja".equals(sensitive), "ja".equals(active), position);
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            if (settings.kind(text(code)).isPresent()) {
                model.addAttribute("kindForm", Map.of("code", text(code), "naamNl", text(nameNl), "naamEn",
                        text(nameEn), "gevoelig", "ja".equals(sensitive), "actief", "ja".equals(active), "positie",
                        text(position)));
            }
            return page(model);
        }
        redirect.addFlashAttribute("notice", "networkSettings.kind.saved");
        return HOME;
    }

    @PostMapping("/instellingen/netwerk/gebieden")
    String addArea(@RequestParam(name = "gebiedscode", required = false) String code,
            @RequestParam(name = "gebiedsnaam", required = false) String name, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            settings.addArea(code, name);
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            model.addAttribute("newArea", Map.of("code", text(code), "naam", text(name)));
            return page(model);
        }
        redirect.addFlashAttribute("notice", "networkSettings.area.added");
        return HOME;
    }

    @PostMapping("/instellingen/netwerk/gebied")
    String renameArea(@RequestParam(name = "gebiedscode", required = false) String code,
            @RequestParam(name = "gebiedsnaam", required = false) String name, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            settings.renameArea(code, name);
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            if (settings.area(text(code)).isPresent()) {
                model.addAttribute("areaForm", Map.of("code", text(code), "naam", text(name)));
            }
            return page(model);
        }
        redirect.addFlashAttribute("notice", "networkSettings.area.saved");
        return HOME;
    }

    private String page(Model model) {
        model.addAttribute("kinds", settings.kinds());
        model.addAttribute("areas", settings.areas());
        return PAGE;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
