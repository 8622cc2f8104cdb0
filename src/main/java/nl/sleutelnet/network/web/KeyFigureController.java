package nl.sleutelnet.network.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.identity.StaffMember;
import nl.sleutelnet.network.Area;
import nl.sleutelnet.network.KeyFigureFilter;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureSearch;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.PageRequest;

/** The register list with search, filters, sorting and paging; one key figure's page; the candidates. */
@Controller
class KeyFigureController {

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\u0000-\\u001F\\u007F-\\u009F]");

    private final KeyFigureService keyFigures;
    private final RegisterViews views;
    private final java.time.Clock clock;

    KeyFigureController(KeyFigureService keyFigures, RegisterViews views, java.time.Clock clock) {
        this.keyFigures = keyFigures;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/sleutelfiguren")
    String list(@ModelAttribute("filter") KeyFigureFilter filter,
            @RequestParam(name = "pagina", required = false) String page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore, Model model,
            HttpServletResponse response) {
        String query = filter.zoek();
        model.addAttribute("query", query == null ? "" : CONTROL_CHARACTERS.matcher(query).replaceAll(""));
        List<Area> areas = keyFigures.areas();
        model.addAttribute("areaGroups", AreaGroups.of(areas));
        model.addAttribute("areaNames", Area.namesByCode(areas));
        model.addAttribute("kinds", keyFigures.networkKinds().stream().filter(k -> !k.sensitive()).toList());
        model.addAttribute("roleTypes", RoleType.values());
        model.addAttribute("statuses", KeyFigureStatus.values());
        List<StaffMember> staff = keyFigures.staff();
        model.addAttribute("staff", staff);
        model.addAttribute("staffNames", RegisterViews.staffNames(staff));
        model.addAttribute("sorts", KeyFigureFilter.SORTS.keySet().stream().sorted().toList());
        model.addAttribute("coordinator", RegisterViews.isCoordinator());
        List<FieldProblem> problems = new ArrayList<>();
        KeyFigureSearch search = filter.toSearch(problems);
        if (search == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", problems.get(0).messageKey());
            return "network/key-figures";
        }
        String canonical = filter.query();
        if (htmx != null && restore == null) {
            // The address bar shows only the filters in use, however htmx serialised the form.
            response.setHeader("HX-Push-Url", "/sleutelfiguren" + (canonical.isEmpty() ? "" : "?" + canonical));
        }
        String base = "/sleutelfiguren?" + (canonical.isEmpty() ? "" : canonical + "&") + "pagina=";
        var found = keyFigures.search(search, PageRequest.of(page, PageRequest.DEFAULT_SIZE));
        model.addAttribute("page", found);
        model.addAttribute("previousHref", base + (found.page() - 1));
        model.addAttribute("nextHref", base + (found.page() + 1));
        model.addAttribute("today", LocalDate.now(clock));
        return "network/key-figures";
    }

    @GetMapping("/sleutelfiguren/kandidaten")
    String candidates(@RequestParam(name = "pagina", required = false) String page, Model model) {
        model.addAttribute("page", keyFigures.candidates(PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
        model.addAttribute("staffNames", views.staffNames());
        return "network/candidates";
    }

    @GetMapping("/sleutelfiguren/{id}")
    String show(@PathVariable KeyFigureId id, @RequestParam(name = "tijdlijn", required = false) String timeline,
            Model model, Locale locale) {
        views.page(model, id, number(timeline, RegisterViews.TIMELINE_STEP), locale);
        return "network/key-figure";
    }

    static int number(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
