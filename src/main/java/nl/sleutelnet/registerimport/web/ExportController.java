package nl.sleutelnet.registerimport.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.registerimport.ExportReason;
import nl.sleutelnet.registerimport.ExportRequest;
import nl.sleutelnet.registerimport.FileKind;
import nl.sleutelnet.registerimport.RegisterExport;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.shared.InvalidInputException;

/** Export of the register with a stated reason; the file is streamed as it is read. */
@Controller
class ExportController {

    static final String PATH = "/sleutelfiguren/export";

    private final RegisterExport export;

    ExportController(RegisterExport export) {
        this.export = export;
    }

    @GetMapping(PATH)
    String form(@AuthenticationPrincipal SleutelnetUser user, Model model) {
        Coordinators.require(user);
        return page(model, "CSV", "", "");
    }

    @PostMapping(PATH)
    ModelAndView download(@AuthenticationPrincipal SleutelnetUser user,
            @RequestParam(name = "formaat", required = false) String format,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "reden", required = false) String reason, Model model, Locale locale,
            HttpServletResponse response) throws IOException {
        Coordinators.require(user);
        ExportRequest request;
        try {
            request = ExportRequest.parse(format, status, reason);
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            return new ModelAndView(page(model, format, status, reason), model.asMap());
        }
        export.start(request, user.accountId());
        response.setContentType(request.format() == FileKind.CSV ? "text/csv;charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(export.fileName(request)).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        export.write(request, response.getOutputStream(), locale);
        response.flushBuffer();
        // Written to the response: no view (a null ModelAndView marks the request as handled).
        return null;
    }

    private static String page(Model model, String format, String status, String reason) {
        InputProblems.none(model);
        model.addAttribute("formats", FileKind.values());
        model.addAttribute("statuses", KeyFigureStatus.values());
        model.addAttribute("reasons", ExportReason.values());
        model.addAttribute("format", format == null ? "" : format);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("reason", reason == null ? "" : reason);
        return "registerimport/export";
    }
}
