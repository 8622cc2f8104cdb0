package nl.sleutelnet.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.portal.Invitation;
import nl.sleutelnet.portal.PortalInvitations;
import nl.sleutelnet.portal.PortalProperties;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.network.KeyFigureId;
import nl.sleutelnet.network.KeyFigureService;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.shared.InvalidInputException;

/** The coordinator's side of portal access: see it, invite a key figure, block access. */
@Controller
class PortalAccessController {

    private final PortalInvitations invitations;
    private final KeyFigureService keyFigures;
    private final PortalProperties properties;

    PortalAccessController(PortalInvitations invitations, KeyFigureService keyFigures, PortalProperties properties) {
        this.invitations = invitations;
        this.keyFigures = keyFigures;
        this.properties = properties;
    }

    @GetMapping("/sleutelfiguren/{id}/portaaltoegang")
    String show(@PathVariable KeyFigureId id, Model model) {
        return page(id, model);
    }

    @PostMapping("/sleutelfiguren/{id}/uitnodigen")
    String invite(@PathVariable("id") KeyFigureId keyFigure, @RequestParam(name = "bevestigd", required = false) String confirmed,
            @AuthenticationPrincipal SleutelnetUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            if (!"ja".equals(confirmed)) {
                keyFigures.find(keyFigure);
                throw new InvalidInputException(List.of(new FieldProblem("bevestigd", "portal.invite.confirm.required")));
            }
            invitations.invite(keyFigure, user.accountId());
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            return page(keyFigure, model);
        }
        redirect.addFlashAttribute("notice", "portal.invite.sent");
        return "redirect:/sleutelfiguren/" + keyFigure.value() + "/portaaltoegang";
    }

    @PostMapping("/sleutelfiguren/{id}/blokkeren")
    String block(@PathVariable("id") KeyFigureId keyFigure, @RequestParam(name = "bevestigd", required = false) String confirmed,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        keyFigures.find(keyFigure);
        String problem = !"ja".equals(confirmed) ? "portal.block.confirm.required"
                : invitations.block(keyFigure) ? null : "portal.block.noAccount";
        if (problem != null) {
            InputProblems.refuse(model, List.of(new FieldProblem("blokkeren", problem)), response::setStatus);
            return page(keyFigure, model);
        }
        redirect.addFlashAttribute("notice", "portal.block.done");
        return "redirect:/sleutelfiguren/" + keyFigure.value() + "/portaaltoegang";
    }

    /** Invitations not accepted within their validity: the coordinator's work-list page. */
    @GetMapping("/portaaltoegang")
    String expired(Model model) {
        Map<Invitation, KeyFigure> rows = new LinkedHashMap<>();
        for (Invitation invitation : invitations.expired()) {
            rows.put(invitation, keyFigures.find(invitation.keyFigure()));
        }
        model.addAttribute("rows", rows);
        return "portal/invitations";
    }

    private String page(KeyFigureId id, Model model) {
        model.addAttribute("keyFigure", keyFigures.find(id));
        model.addAttribute("state", invitations.accessOf(id));
        model.addAttribute("invitable", PortalInvitations.INVITABLE);
        model.addAttribute("validityDays", properties.invitationValidity().toDays());
        return "portal/access";
    }
}
