package nl.sleutelnet.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.portal.CorrectionRequest;
import nl.sleutelnet.portal.ErasureRequest;
import nl.sleutelnet.portal.MyData;
import nl.sleutelnet.portal.SubjectRequests;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.privacy.PersonalDataSection;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.PdfRenderer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The key figure's portal. Every page works on the signed-in key figure only: the id comes
 * from the session, never from the request.
 */
@Controller
class PortalController {

    private final KeyFigureService keyFigures;
    private final MyData myData;
    private final SubjectRequests requests;
    private final PdfRenderer pdf;
    private final JsonMapper json;
    private final MessageSource messages;

    PortalController(KeyFigureService keyFigures, MyData myData, SubjectRequests requests, PdfRenderer pdf,
            JsonMapper json, MessageSource messages) {
        this.messages = messages;
        this.keyFigures = keyFigures;
        this.myData = myData;
        this.requests = requests;
        this.pdf = pdf;
        this.json = json;
    }

    @GetMapping("/portaal")
    String home(@AuthenticationPrincipal SleutelnetUser user, Model model) {
        KeyFigure keyFigure = keyFigures.find(me(user));
        String[] contacts = myData.contactNames(keyFigure);
        model.addAttribute("contactPerson", contacts[0]);
        model.addAttribute("backupContact", contacts[1]);
        return "portal/home";
    }

    @GetMapping("/portaal/gegevens")
    String details(@AuthenticationPrincipal SleutelnetUser user, Model model) {
        KeyFigureId me = me(user);
        model.addAttribute("sections", MyData.readable(myData.sections(me), messages, LocaleContextHolder.getLocale()));
        model.addAttribute("corrections", requests.correctionsOf(me));
        model.addAttribute("erasures", requests.erasuresOf(me));
        return "portal/details";
    }

    @GetMapping("/portaal/gegevens/correctie")
    String correctionForm(@AuthenticationPrincipal SleutelnetUser user, Model model) {
        keyFigures.find(me(user));
        return correctionPage(model, List.of(), "");
    }

    @PostMapping("/portaal/gegevens/correctie")
    String requestCorrection(@AuthenticationPrincipal SleutelnetUser user,
            @RequestParam(name = "velden", required = false) List<String> fields,
            @RequestParam(name = "toelichting", required = false) String explanation, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            requests.fileCorrection(me(user), fields, explanation);
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            return correctionPage(model, fields == null ? List.of() : fields,
                    explanation == null ? "" : explanation.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", ""));
        }
        redirect.addFlashAttribute("notice", "portal.correction.filed");
        return "redirect:/portaal/gegevens";
    }

    @GetMapping("/portaal/verwijderverzoek")
    String erasureForm(@AuthenticationPrincipal SleutelnetUser user, Model model) {
        return erasurePage(me(user), model);
    }

    @PostMapping("/portaal/verwijderverzoek")
    String requestErasure(@AuthenticationPrincipal SleutelnetUser user,
            @RequestParam(name = "bevestiging", required = false) String confirmation,
            @RequestParam(name = "reden", required = false) String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        KeyFigureId me = me(user);
        try {
            requests.fileErasure(me, "ja".equals(confirmation), reason);
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            model.addAttribute("reason", reason);
            return erasurePage(me, model);
        }
        redirect.addFlashAttribute("notice", "portal.erasure.filed");
        return "redirect:/portaal/verwijderverzoek";
    }

    @GetMapping(path = "/portaal/mijn-gegevens.json")
    ResponseEntity<byte[]> downloadJson(@AuthenticationPrincipal SleutelnetUser user) {
        MyData.Everything everything = myData.download(me(user), user.accountId());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("gemaakt", everything.madeAt());
        document.put("gemeente", everything.municipality());
        document.put("account", everything.account().asMaps().get(0));
        document.put("secties", everything.sections().stream().collect(Collectors.toMap(PersonalDataSection::key,
                PersonalDataSection::asMaps, (a, b) -> a, LinkedHashMap::new)));
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsString(document)
                .getBytes(StandardCharsets.UTF_8);
        return attachment(body, MediaType.APPLICATION_JSON, "mijn-gegevens.json");
    }

    @GetMapping(path = "/portaal/mijn-gegevens.pdf")
    ResponseEntity<byte[]> downloadPdf(@AuthenticationPrincipal SleutelnetUser user) {
        MyData.Everything everything = myData.download(me(user), user.accountId());
        Locale locale = LocaleContextHolder.getLocale();
        byte[] body = pdf.render("portal/my-data-print", locale, Map.of("data", everything,
                "sections", MyData.readable(everything.sections(), messages, locale),
                "account", MyData.readable(List.of(everything.account()), messages, locale).get(0),
                "name", user.displayName(), "madeAt", nl.sleutelnet.shared.Times.dateTime(java.time.Instant.parse(everything.madeAt()), locale)));
        return attachment(body, MediaType.APPLICATION_PDF, "mijn-gegevens.pdf");
    }

    private String correctionPage(Model model, List<String> chosen, String explanation) {
        model.addAttribute("fields", CorrectionRequest.Field.values());
        model.addAttribute("chosen", chosen);
        model.addAttribute("explanation", explanation);
        model.addAttribute("maxExplanation", CorrectionRequest.MAX_EXPLANATION);
        return "portal/correction";
    }

    private String erasurePage(KeyFigureId me, Model model) {
        keyFigures.find(me);
        model.addAttribute("reasons", ErasureRequest.Reason.values());
        model.addAttribute("erasures", requests.erasuresOf(me));
        return "portal/erasure";
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private static KeyFigureId me(SleutelnetUser user) {
        return new KeyFigureId(user.keyFigureId().orElseThrow(() -> new NotFoundException("key_figure")));
    }
}
