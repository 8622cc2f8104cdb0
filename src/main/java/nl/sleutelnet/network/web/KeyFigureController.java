package nl.sleutelnet.network.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureSearch;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.PageRequest;

/** The list of key figures with search and paging, and one key figure's page. */
@Controller
class KeyFigureController {

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\u0000-\\u001F\\u007F-\\u009F]");

    private final KeyFigureService keyFigures;

    KeyFigureController(KeyFigureService keyFigures) {
        this.keyFigures = keyFigures;
    }

    @GetMapping("/sleutelfiguren")
    String list(@RequestParam(name = "zoek", required = false) String query,
            @RequestParam(name = "pagina", required = false) String page, Model model, HttpServletResponse response) {
        model.addAttribute("query", query == null ? "" : CONTROL_CHARACTERS.matcher(query).replaceAll(""));
        String problem = KeyFigureSearch.byName(query).problem();
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", problem);
            return "network/key-figures";
        }
        model.addAttribute("page", keyFigures.search(query, PageRequest.of(page, PageRequest.DEFAULT_SIZE)));
        return "network/key-figures";
    }

    @GetMapping("/sleutelfiguren/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("keyFigure", keyFigures.get(new KeyFigureId(uuid(id))));
        model.addAttribute("areaNames", keyFigures.areaNames());
        return "network/key-figure";
    }


    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("key_figure");
        }
    }
}
