package nl.sleutelnet.concern.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.sleutelnet.concern.ConcernRetention;
import nl.sleutelnet.concern.RetentionReport;
import nl.sleutelnet.concern.RetentionRule;
import nl.sleutelnet.shared.PageRequest;

/**
 * The privacy officer's view of concern retention: the periods, what the next run will delete or
 * clear (a dry run), the deletion log, and running it now after an explicit confirmation.
 */
@Controller
class RetentionController {

    private static final String CONFIRMED = "ja";

    private final ConcernRetention retention;

    RetentionController(ConcernRetention retention) {
        this.retention = retention;
    }

    @GetMapping("/beheer/bewaartermijnen")
    String show(@RequestParam(name = "pagina", required = false) String page, Model model) {
        model.addAttribute("periods", retention.periods());
        model.addAttribute("preview", retention.preview());
        model.addAttribute("rules", RetentionRule.values());
        model.addAttribute("log", retention.log(PageRequest.of(page, 50)));
        return "concern/retention";
    }

    @PostMapping("/beheer/bewaartermijnen/uitvoeren")
    String run(@RequestParam(name = "bevestig", required = false) String confirm, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!CONFIRMED.equals(confirm)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("confirmError", true);
            return show(null, model);
        }
        RetentionReport report = retention.runNow();
        // Flash attributes live in the (JDBC-stored, serialised) session: plain numbers only.
        redirect.addFlashAttribute("retentionDeleted", report.total() - report.count(RetentionRule.NARRATIVE));
        redirect.addFlashAttribute("retentionCleared", report.count(RetentionRule.NARRATIVE));
        return "redirect:/beheer/bewaartermijnen";
    }
}
