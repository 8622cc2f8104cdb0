package nl.sleutelnet.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditChain;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.audit.ChainVerification;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.CurrentTenant;

/** The privacy officer's view of the audit trail, and the chain check. */
@Controller
class AuditController {

    private final AuditTrail trail;
    private final AuditChain chain;

    AuditController(AuditTrail trail, AuditChain chain) {
        this.trail = trail;
        this.chain = chain;
    }

    @GetMapping("/beheer/audit")
    String list(@RequestParam(name = "pagina", required = false) String page, Model model) {
        model.addAttribute("page", trail.ofMunicipality(CurrentTenant.require(), PageRequest.of(page, 50)));
        return "audit/audit";
    }

    @PostMapping("/beheer/audit/controle")
    String verify(RedirectAttributes redirect) {
        ChainVerification result = chain.verify();
        trail.record(AuditAction.AUDIT_VERIFIED, result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE);
        // Flash attributes live in the (JDBC-stored, serialised) session: plain numbers only.
        redirect.addFlashAttribute("chainChecked", result.checked());
        result.firstBrokenSeq().ifPresent(seq -> redirect.addFlashAttribute("chainBrokenAt", seq));
        return "redirect:/beheer/audit";
    }
}
