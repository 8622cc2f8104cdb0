package nl.sleutelnet.registerimport.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.registerimport.ImportBatch;
import nl.sleutelnet.registerimport.ImportField;
import nl.sleutelnet.registerimport.ImportBatchId;
import nl.sleutelnet.registerimport.KeyFigureImport;
import nl.sleutelnet.registerimport.UnreadableFileException;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.shared.InvalidInputException;

/** The four steps of an import: upload, column mapping, report, commit (or cancel). */
@Controller
class ImportController {

    static final String UPLOAD = "/sleutelfiguren/import";
    private static final Logger log = LoggerFactory.getLogger(ImportController.class);
    private static final int SHOWN_PROBLEMS = 500;
    private static final int SHOWN_DUPLICATES = 500;

    private final KeyFigureImport imports;
    private final MessageSource messages;

    ImportController(KeyFigureImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping(UPLOAD)
    String form(@AuthenticationPrincipal SleutelnetUser user, Model model, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        Coordinators.require(user);
        if (request.getAttribute(TooLargeUploads.TOO_LARGE) != null) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            model.addAttribute("error", messages.getMessage("import.file.tooLarge",
                    new Object[] { imports.limits().maxFileSize().toMegabytes() }, locale));
        }
        return uploadPage(model);
    }

    @PostMapping(UPLOAD)
    String upload(@AuthenticationPrincipal SleutelnetUser user,
            @RequestParam(name = "bestand", required = false) MultipartFile file,
            @RequestParam(name = "tekenset", required = false) String charset, Model model, Locale locale,
            HttpServletResponse response) throws IOException {
        Coordinators.require(user);
        String error = null;
        Object[] arguments = null;
        if (file == null || file.isEmpty()) {
            error = file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()
                    ? "import.file.missing" : "import.file.empty";
        } else if (file.getSize() > imports.limits().maxFileSize().toBytes()) {
            error = "import.file.tooLarge";
            arguments = new Object[] { imports.limits().maxFileSize().toMegabytes() };
        } else if (charset(charset) == null && !"auto".equals(charset == null ? "auto" : charset)) {
            error = "import.charset.invalid";
        } else {
            try {
                UUID id = imports.upload(file.getBytes(), file.getOriginalFilename(), charset(charset), user.accountId());
                return "redirect:" + UPLOAD + "/" + id;
            } catch (UnreadableFileException e) {
                error = e.messageKey();
                arguments = e.arguments();
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("error", messages.getMessage(error, arguments, locale));
        return uploadPage(model);
    }

    @GetMapping(UPLOAD + "/{id}")
    String batch(@AuthenticationPrincipal SleutelnetUser user, @PathVariable ImportBatchId id, Model model) {
        Coordinators.require(user);
        ImportBatch batch = imports.batch(id.value(), user.accountId());
        model.addAttribute("batch", batch);
        if (!batch.staged()) {
            return "registerimport/done";
        }
        return mappingPage(batch, imports.mapping(batch), model);
    }

    @PostMapping(UPLOAD + "/{id}/koppeling")
    String map(@AuthenticationPrincipal SleutelnetUser user, @PathVariable ImportBatchId id,
            @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        Coordinators.require(user);
        ImportBatch batch = imports.staged(id.value(), user.accountId());
        List<ImportField> mapping = new ArrayList<>();
        for (int i = 0; i < batch.headers().size(); i++) {
            mapping.add(field(form.get("kolom" + i)));
        }
        try {
            imports.map(batch.id(), user.accountId(), mapping);
        } catch (InvalidInputException e) {
            model.addAttribute("batch", batch);
            InputProblems.refuse(model, e.problems(), response::setStatus);
            return mappingPage(batch, mapping.stream().map(f -> f == null ? ImportField.IGNORE : f).toList(), model);
        }
        return "redirect:" + UPLOAD + "/" + batch.id() + "/rapport";
    }

    @GetMapping(UPLOAD + "/{id}/rapport")
    String report(@AuthenticationPrincipal SleutelnetUser user, @PathVariable ImportBatchId id, Model model) {
        Coordinators.require(user);
        ImportBatch batch = imports.staged(id.value(), user.accountId());
        if (!batch.mapped()) {
            return "redirect:" + UPLOAD + "/" + batch.id();
        }
        return reportPage(batch, Set.of(), model);
    }

    @PostMapping(UPLOAD + "/{id}/vastleggen")
    String commit(@AuthenticationPrincipal SleutelnetUser user, @PathVariable ImportBatchId id,
            @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Coordinators.require(user);
        ImportBatch batch = imports.staged(id.value(), user.accountId());
        Set<Integer> merge = new HashSet<>();
        form.forEach((name, value) -> {
            if (name.startsWith("dubbel-") && "samenvoegen".equals(value)) {
                try {
                    merge.add(Integer.parseInt(name.substring("dubbel-".length())));
                } catch (NumberFormatException e) {
                    // Not a row number: ignored, like any other unknown field.
                }
            }
        });
        try {
            imports.commit(batch.id(), user.accountId(), merge, "ja".equals(form.get("fouten-overslaan")));
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            return batch.mapped() ? reportPage(batch, merge, model) : mappingPage(batch, imports.mapping(batch), model);
        } catch (DataAccessException e) {
            log.error("Import {} could not be committed; nothing was written", batch.id(), e);
            response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
            InputProblems.show(model, List.of(new FieldProblem("vastleggen", "import.commit.failed")));
            return reportPage(batch, merge, model);
        }
        redirect.addFlashAttribute("notice", "import.done.notice");
        return "redirect:" + UPLOAD + "/" + batch.id();
    }

    @PostMapping(UPLOAD + "/{id}/annuleren")
    String cancel(@AuthenticationPrincipal SleutelnetUser user, @PathVariable ImportBatchId id, RedirectAttributes redirect) {
        Coordinators.require(user);
        imports.cancel(id.value(), user.accountId());
        redirect.addFlashAttribute("notice", "import.cancelled");
        return "redirect:" + UPLOAD;
    }

    private String uploadPage(Model model) {
        model.addAttribute("recent", imports.recent());
        model.addAttribute("limits", imports.limits());
        return "registerimport/upload";
    }

    private String mappingPage(ImportBatch batch, List<ImportField> mapping, Model model) {
        model.addAttribute("batch", batch);
        InputProblems.none(model);
        model.addAttribute("mapping", mapping);
        model.addAttribute("nameAsGivenName", imports.proposesNameAsGivenName(batch));
        model.addAttribute("fields", ImportField.values());
        model.addAttribute("preview", imports.preview(batch));
        return "registerimport/mapping";
    }

    private String reportPage(ImportBatch batch, Set<Integer> merge, Model model) {
        var report = imports.report(batch.id(), batch.account());
        model.addAttribute("batch", batch);
        model.addAttribute("report", report);
        model.addAttribute("shownProblems", report.problems().stream().limit(SHOWN_PROBLEMS).toList());
        model.addAttribute("shownDuplicates", report.registerDuplicates().stream().limit(SHOWN_DUPLICATES).toList());
        model.addAttribute("merge", merge);
        InputProblems.none(model);
        return "registerimport/report";
    }

    private static Charset charset(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "utf-8" -> StandardCharsets.UTF_8;
            case "windows-1252" -> Charset.forName("windows-1252");
            default -> null;
        };
    }

    private static ImportField field(String value) {
        if (value == null) {
            return null;
        }
        for (ImportField field : ImportField.values()) {
            if (field.name().equals(value)) {
                return field;
            }
        }
        return null;
    }
}
