package nl.sleutelnet.identity.web;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.sleutelnet.identity.LoginThrottle;
import nl.sleutelnet.identity.PendingSecondFactor;
import nl.sleutelnet.identity.SecondFactor;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;

/** Second step of login: a code from the authenticator app, or a recovery code; and enrolment. */
@Controller
class SecondFactorController {

    private static final String PENDING_SECRET = "sleutelnet.pendingTotpSecret";

    private final SecondFactor secondFactor;
    private final SignIn signIn;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    SecondFactorController(SecondFactor secondFactor, SignIn signIn, LoginThrottle throttle, AuditTrail audit) {
        this.secondFactor = secondFactor;
        this.signIn = signIn;
        this.throttle = throttle;
        this.audit = audit;
    }

    @GetMapping("/tweede-factor")
    String form(Authentication authentication) {
        SleutelnetUser user = pending(authentication);
        return user.secondFactorEnrolled() ? "identity/second-factor" : "redirect:/tweede-factor/instellen";
    }

    @PostMapping("/tweede-factor")
    String verify(@RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "herstelcode", required = false) String recoveryCode, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        SleutelnetUser user = pending(authentication);
        if (throttle.isLocked(user.getUsername())) {
            return lockedOut(request);
        }
        boolean recovery = recoveryCode != null && !recoveryCode.isBlank();
        boolean accepted = recovery ? secondFactor.useRecoveryCode(user, recoveryCode) : secondFactor.verify(user, code);
        if (!accepted) {
            throttle.recordFailure(user.getUsername());
            audit.record(AuditAction.SECOND_FACTOR_FAILED, AuditOutcome.FAILURE, "account", user.accountId(), user,
                    user.municipality().orElse(null));
            if (throttle.isLocked(user.getUsername())) {
                return lockedOut(request);
            }
            model.addAttribute("error", recovery ? "secondFactor.recoveryInvalid" : "secondFactor.invalid");
            return "identity/second-factor";
        }
        throttle.reset(user.getUsername());
        signIn.complete(user, request, response);
        audit.record(recovery ? AuditAction.RECOVERY_CODE_USED : AuditAction.SECOND_FACTOR, AuditOutcome.SUCCESS,
                "account", user.accountId());
        return "redirect:/";
    }

    @GetMapping("/tweede-factor/instellen")
    String enrolForm(Authentication authentication, HttpSession session, Model model) {
        SleutelnetUser user = pending(authentication);
        if (user.secondFactorEnrolled()) {
            return "redirect:/tweede-factor";
        }
        SecondFactor.Enrolment enrolment = secondFactor.startEnrolment(user);
        session.setAttribute(PENDING_SECRET, enrolment.secret());
        model.addAttribute("enrolment", enrolment);
        return "identity/enrol";
    }

    @PostMapping("/tweede-factor/instellen")
    String enrol(@RequestParam(name = "code", required = false) String code, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        SleutelnetUser user = pending(authentication);
        if (user.secondFactorEnrolled()) {
            return "redirect:/tweede-factor";
        }
        HttpSession session = request.getSession();
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            return "redirect:/tweede-factor/instellen";
        }
        List<String> recoveryCodes = secondFactor.confirmEnrolment(user, secret, code);
        if (recoveryCodes.isEmpty()) {
            model.addAttribute("error", "secondFactor.invalid");
            model.addAttribute("enrolment", new SecondFactor.Enrolment(secret,
                    secondFactor.startEnrolmentImage(user, secret)));
            return "identity/enrol";
        }
        session.removeAttribute(PENDING_SECRET);
        signIn.complete(user.withSecondFactorEnrolled(), request, response);
        audit.record(AuditAction.SECOND_FACTOR_ENROLLED, AuditOutcome.SUCCESS, "account", user.accountId());
        model.addAttribute("recoveryCodes", recoveryCodes);
        return "identity/recovery-codes";
    }

    private static String lockedOut(HttpServletRequest request) {
        request.getSession().invalidate();
        return "redirect:/inloggen?fout";
    }

    private static SleutelnetUser pending(Authentication authentication) {
        return ((PendingSecondFactor) authentication.getPrincipal()).user();
    }
}
