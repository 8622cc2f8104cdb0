package nl.sleutelnet.agreement.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.agreement.Agreement;
import nl.sleutelnet.agreement.AgreementPdf;
import nl.sleutelnet.agreement.AgreementService;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.shared.NotFoundException;

/**
 * The key figure's own agreement in the portal: read, see what changed, accept, download.
 * The key figure is always the signed-in one; no id is ever taken from the request.
 */
@Controller
class PortalAgreementController {

    private final AgreementService agreements;
    private final AgreementPdf pdf;
    private final KeyFigureService keyFigures;

    PortalAgreementController(AgreementService agreements, AgreementPdf pdf, KeyFigureService keyFigures) {
        this.agreements = agreements;
        this.pdf = pdf;
        this.keyFigures = keyFigures;
    }

    @GetMapping("/portaal/afspraak")
    String show(@AuthenticationPrincipal SleutelnetUser user, Model model) {
        return page(own(user), model);
    }

    @PostMapping("/portaal/afspraak/akkoord")
    String accept(@AuthenticationPrincipal SleutelnetUser user,
            @RequestParam(name = "versie", required = false) String version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        KeyFigureId own = own(user);
        Integer number = version != null && version.strip().matches("[0-9]{1,6}") ? Integer.valueOf(version.strip())
                : null;
        if (number == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("acceptError", "agreement.portal.error.noVersion");
            return page(own, model);
        }
        try {
            AgreementService.Acceptance result = agreements.accept(own, number);
            redirect.addFlashAttribute("notice", result == AgreementService.Acceptance.ACCEPTED
                    ? "agreement.portal.accepted" : "agreement.portal.alreadyAccepted");
            return "redirect:/portaal/afspraak";
        } catch (AgreementService.StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("acceptError", "agreement.portal.error.stale");
            return page(own, model);
        }
    }

    @GetMapping("/portaal/afspraak.pdf")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SleutelnetUser user, Locale locale) {
        KeyFigureId own = own(user);
        KeyFigure keyFigure = keyFigures.find(own);
        Agreement current = agreements.current(own).orElseThrow(() -> new NotFoundException("agreement"));
        return AgreementController.pdfResponse(pdf.render(current, keyFigure, locale), current);
    }

    private String page(KeyFigureId own, Model model) {
        List<Agreement> versions = agreements.versions(own);
        Agreement current = versions.isEmpty() ? null : versions.get(0);
        Optional<Agreement> accepted = versions.stream().filter(Agreement::accepted).findFirst();
        model.addAttribute("current", current);
        model.addAttribute("accepted", accepted.orElse(null));
        model.addAttribute("changes", current == null || current.accepted() ? List.of()
                : current.changesSince(accepted.orElse(null)));
        model.addAttribute("staffNames", agreements.staffNames());
        return "agreement/portal";
    }

    /** The signed-in key figure; an account without one (should not exist) finds nothing. */
    private static KeyFigureId own(SleutelnetUser user) {
        return new KeyFigureId(user.keyFigureId().orElseThrow(() -> new NotFoundException("key_figure")));
    }
}
