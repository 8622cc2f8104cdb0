package nl.sleutelnet.identity.platform;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditActor;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.identity.AccountService;
import nl.sleutelnet.identity.AccountSetupLinks;
import nl.sleutelnet.identity.Role;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.shared.EmailAddress;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.TextRule;
import nl.sleutelnet.tenancy.Municipalities;
import nl.sleutelnet.tenancy.Municipality;
import nl.sleutelnet.tenancy.MunicipalityId;
import nl.sleutelnet.tenancy.Region;
import nl.sleutelnet.tenancy.RegionId;
import nl.sleutelnet.tenancy.TenancyAdministration;

/**
 * What the platform administrator (and the operator's set-up step) does: add regions and
 * municipalities, and create a municipality's first administrator and a region's analysts and
 * researchers, each as an account without a password plus a single-use set-up link. Each change
 * is one audit entry (codes and ids); refused input changes nothing. Nothing here reads content
 * of a municipality.
 */
@Service
public class PlatformAdministration {

    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    private static final TextRule NAME = TextRule.name(MAX_NAME).required().keys("platform.name", ".invalid");

    /** A new account and its set-up link: the full address, to show once or mail, never to store. */
    public record NewAccount(UUID accountId, String displayName, String username, String link,
            java.time.Instant expiresAt) {

        @Override
        public String toString() {
            return "NewAccount[" + accountId + "]";
        }
    }

    private final TenancyAdministration tenancy;
    private final Municipalities municipalities;
    private final AccountService accounts;
    private final AccountSetupLinks links;
    private final AuditTrail audit;
    private final String baseUrl;

    PlatformAdministration(TenancyAdministration tenancy, Municipalities municipalities, AccountService accounts,
            AccountSetupLinks links, AuditTrail audit, @Value("${sleutelnet.mail.base-url}") String baseUrl) {
        this.tenancy = tenancy;
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.links = links;
        this.audit = audit;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Transactional
    public Region addRegion(String name) {
        Region region = tenancy.addRegion(name);
        audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, "region", region.id().value(), actor(), null);
        return region;
    }

    @Transactional
    public Municipality addMunicipality(RegionId region, String name, String cbsCode) {
        Municipality municipality = tenancy.addMunicipality(region, name, cbsCode);
        audit.record(AuditAction.CREATE, AuditOutcome.SUCCESS, "municipality", municipality.id().value(), actor(),
                municipality.id());
        return municipality;
    }

    /**
     * Creates the first administrator of a municipality; refused when it has an active
     * administrator already (the municipality's own administrators add the others).
     */
    @Transactional
    public NewAccount createFirstAdministrator(MunicipalityId municipality, String name, String email) {
        List<FieldProblem> problems = new ArrayList<>();
        if (municipalities.find(municipality).isEmpty()) {
            problems.add(new FieldProblem("gemeente", "platform.municipality.unknown"));
        } else if (accounts.hasActiveAdministrator(municipality)) {
            problems.add(new FieldProblem("gemeente", "platform.admin.exists"));
        }
        Person person = person(name, email, problems);
        refuseIf(problems);
        UUID id = accounts.createStaffAwaitingSetup(municipality, person.email(), person.name(),
                EnumSet.of(Role.ADMINISTRATOR));
        return issued(id, person);
    }

    /** Creates a region-bound account: an analyst and/or a researcher of the region. */
    @Transactional
    public NewAccount createRegionalAccount(RegionId region, String name, String email, Set<Role> roles) {
        List<FieldProblem> problems = new ArrayList<>();
        if (municipalities.findRegion(region).isEmpty()) {
            problems.add(new FieldProblem("regio", "platform.region.unknown"));
        }
        if (roles == null || roles.isEmpty() || !AccountService.REGIONAL_ROLES.containsAll(roles)) {
            problems.add(new FieldProblem("rollen", "platform.roles.required"));
        }
        Person person = person(name, email, problems);
        refuseIf(problems);
        UUID id = accounts.createRegionalAwaitingSetup(region, person.email(), person.name(), roles);
        return issued(id, person);
    }

    /** Creates an installation-wide platform administrator (the operator's set-up step). */
    @Transactional
    public NewAccount createPlatformAdministrator(String name, String email) {
        List<FieldProblem> problems = new ArrayList<>();
        Person person = person(name, email, problems);
        refuseIf(problems);
        UUID id = accounts.createPlatformAdministratorAwaitingSetup(person.email(), person.name());
        return issued(id, person);
    }

    /**
     * A new set-up link for an account that never used its own (it has no password yet), e.g.
     * because the link expired; earlier links of the account are revoked.
     */
    @Transactional
    public NewAccount newLink(String email) {
        String typed = TextRule.clean(email);
        UUID id = typed == null || typed.length() > MAX_EMAIL ? null : accounts.accountAwaitingSetup(typed).orElse(null);
        if (id == null) {
            throw new InvalidInputException(List.of(new FieldProblem("email", "platform.email.notAwaitingSetup")));
        }
        return issued(id, new Person(null, typed));
    }

    private record Person(String name, String email) {
    }

    private Person person(String name, String email, List<FieldProblem> problems) {
        String cleanName = NAME.check("naam", name, problems);
        String typed = TextRule.clean(email);
        Optional<EmailAddress> address = typed == null || typed.length() > MAX_EMAIL ? Optional.empty()
                : EmailAddress.parse(typed);
        if (typed == null) {
            problems.add(new FieldProblem("email", "platform.email.required"));
        } else if (address.isEmpty()) {
            problems.add(new FieldProblem("email", "platform.email.invalid"));
        } else if (accounts.exists(address.get().value())) {
            problems.add(new FieldProblem("email", "platform.email.taken"));
        }
        return new Person(cleanName, address.map(EmailAddress::value).orElse(null));
    }

    private NewAccount issued(UUID id, Person person) {
        AccountSetupLinks.IssuedLink link = links.issue(id);
        return new NewAccount(id, person.name(), person.email(), baseUrl + link.path(), link.expiresAt());
    }

    private static AuditActor actor() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SleutelnetUser user ? user
                : AuditActor.SYSTEM;
    }

    private static void refuseIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
