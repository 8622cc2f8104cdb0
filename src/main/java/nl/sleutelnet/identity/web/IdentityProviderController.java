package nl.sleutelnet.identity.web;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;
import nl.sleutelnet.identity.IdentityProviderSettings;
import nl.sleutelnet.identity.IdentityProviders;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.web.oidc.MunicipalClientRegistrations;
import nl.sleutelnet.shared.InputProblems;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.Municipalities;
import nl.sleutelnet.tenancy.Municipality;
import nl.sleutelnet.tenancy.MunicipalityId;

/** The administrator sets up the municipality's own OpenID Connect provider (ADR 0029). */
@Controller
class IdentityProviderController {

    private final IdentityProviders providers;
    private final Municipalities municipalities;

    IdentityProviderController(IdentityProviders providers, Municipalities municipalities) {
        this.providers = providers;
        this.municipalities = municipalities;
    }

    @GetMapping("/beheer/inlogdienst")
    String show(Model model) {
        MunicipalityId municipality = CurrentTenant.require();
        IdentityProviderSettings settings = providers.of(municipality).orElse(null);
        IdentityProviders.Change form = settings == null
                ? new IdentityProviders.Change("", "", "", false, "", false, true, "", "")
                : new IdentityProviders.Change(settings.issuer(), settings.clientId(), "", settings.providerMfaCounts(),
                        String.join(" ", settings.mfaValues()), settings.matchByEmail(), settings.passwordLogin(),
                        settings.groupClaim() == null ? "" : settings.groupClaim(), groupLines(settings.groupRoles()));
        InputProblems.none(model);
        return page(municipality, settings, form, model);
    }

    @PostMapping("/beheer/inlogdienst")
    String save(@RequestParam(name = "issuer", required = false) String issuer,
            @RequestParam(name = "clientId", required = false) String clientId,
            @RequestParam(name = "clientSecret", required = false) String clientSecret,
            @RequestParam(name = "providerMfaCounts", required = false) String providerMfaCounts,
            @RequestParam(name = "mfaValues", required = false) String mfaValues,
            @RequestParam(name = "matchByEmail", required = false) String matchByEmail,
            @RequestParam(name = "passwordLogin", required = false) String passwordLogin,
            @RequestParam(name = "groupClaim", required = false) String groupClaim,
            @RequestParam(name = "groupRoles", required = false) String groupRoles, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        MunicipalityId municipality = CurrentTenant.require();
        // A checkbox sends "ja" when ticked; anything else is "no".
        IdentityProviders.Change change = new IdentityProviders.Change(issuer, clientId, clientSecret,
                "ja".equals(providerMfaCounts), mfaValues, "ja".equals(matchByEmail), "ja".equals(passwordLogin),
                groupClaim, groupRoles);
        try {
            providers.save(municipality, change);
            redirect.addFlashAttribute("notice", "provider.saved");
            return "redirect:/beheer/inlogdienst";
        } catch (InvalidInputException e) {
            InputProblems.refuse(model, e.problems(), response::setStatus);
            IdentityProviders.Change shown = new IdentityProviders.Change(issuer, clientId, "",
                    change.providerMfaCounts(), mfaValues, change.matchByEmail(), change.passwordLogin(), groupClaim,
                    groupRoles);
            return page(municipality, providers.of(municipality).orElse(null), shown, model);
        }
    }

    @PostMapping("/beheer/inlogdienst/verwijderen")
    String remove(RedirectAttributes redirect) {
        if (providers.remove(CurrentTenant.require())) {
            redirect.addFlashAttribute("notice", "provider.removed");
        }
        return "redirect:/beheer/inlogdienst";
    }

    private String page(MunicipalityId municipality, IdentityProviderSettings settings,
            IdentityProviders.Change form, Model model) {
        model.addAttribute("settings", settings);
        model.addAttribute("form", form);
        String cbsCode = municipalities.find(municipality).map(Municipality::cbsCode).orElseThrow();
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        model.addAttribute("redirectUri", MunicipalClientRegistrations.REDIRECT_URI.replace("{baseUrl}", base)
                .replace("{registrationId}", cbsCode));
        model.addAttribute("postLogoutUri", base + "/inloggen?uitgelogd");
        model.addAttribute("startUri", base + "/inloggen/oidc/" + cbsCode);
        model.addAttribute("mappableRoles", IdentityProviderSettings.MAPPABLE_ROLES.stream().map(Role::name).sorted()
                .toList());
        model.addAttribute("municipality", municipality);
        return "identity/provider-settings";
    }

    private static String groupLines(Map<String, Set<Role>> groupRoles) {
        return groupRoles.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream().sorted().map(r -> e.getKey() + " = " + r.name()))
                .collect(Collectors.joining("\n"));
    }
}
