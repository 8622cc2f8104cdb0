package nl.sleutelnet.identity;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.sleutelnet.identity.platform.PlatformAdministration;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.tenancy.Municipality;
import nl.sleutelnet.tenancy.Region;
import nl.sleutelnet.tenancy.TenancyAdministration;

/**
 * The operator's set-up step on an empty (or partly set-up) production database, run by
 * {@code java -jar sleutelnet.jar setup ...} (ADR 0026): creates, idempotently, a region and a
 * municipality and the municipality's first administrator, or a platform administrator, and
 * prints the single-use set-up link; never a password. Everything is checked first and done in one
 * transaction, so a refused run changes nothing. Audited as the system.
 */
@Component
public class OperatorSetup {

    /** How a run ends; the process exits with {@link #code()}. */
    public enum Outcome {
        DONE(0), USAGE(1), REFUSED_INPUT(2), ALREADY_SET_UP(3);

        private final int code;

        Outcome(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    /** A municipality with its region and first administrator. */
    public record MunicipalityRequest(String region, String municipality, String cbsCode, String adminName,
            String adminEmail) {
    }

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final PlatformAdministration platform;
    private final TenancyAdministration tenancy;
    private final AccountService accounts;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    OperatorSetup(PlatformAdministration platform, TenancyAdministration tenancy, AccountService accounts,
            MessageSource messages, PlatformTransactionManager transactionManager) {
        this.platform = platform;
        this.tenancy = tenancy;
        this.accounts = accounts;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * The region (found by name, else added), the municipality (found by CBS code, else added; a
     * code that belongs to another name or region is refused) and its first administrator, whose
     * set-up link is printed. Refused, changing nothing, when the municipality has an active
     * administrator already.
     */
    public Outcome municipality(MunicipalityRequest request, PrintStream out, PrintStream err) {
        try {
            return transactions.execute(tx -> {
                Optional<Region> existingRegion = tenancy.regionNamed(request.region());
                Region region = existingRegion.orElseGet(
                        () -> step(Map.of("naam", "--region"), () -> platform.addRegion(request.region())));
                Optional<Municipality> existing = tenancy.municipalityWithCode(request.cbsCode());
                if (existing.isPresent()) {
                    Municipality found = existing.get();
                    if (!found.regionId().equals(region.id()) || !found.name().equalsIgnoreCase(
                            request.municipality() == null ? "" : request.municipality().strip())) {
                        err.printf("Geweigerd: CBS-code %s hoort bij gemeente \"%s\" in een andere regio of onder een "
                                + "andere naam. Er is niets veranderd.%n", found.cbsCode(), found.name());
                        tx.setRollbackOnly();
                        return Outcome.REFUSED_INPUT;
                    }
                    if (accounts.hasActiveAdministrator(found.id())) {
                        err.printf("Geweigerd: gemeente %s (%s) heeft al een beheerder. De set-up maakt geen tweede "
                                + "aan; verdere medewerkers voegt de beheerder van de gemeente toe. Er is niets "
                                + "veranderd. Heeft de beheerder de link nooit gebruikt (verlopen)? Maak een nieuwe: "
                                + "setup link --email=<e-mailadres>%n", found.name(), found.cbsCode());
                        tx.setRollbackOnly();
                        return Outcome.ALREADY_SET_UP;
                    }
                }
                Municipality municipality = existing.orElseGet(() -> step(
                        Map.of("naam", "--municipality", "cbsCode", "--cbs-code"),
                        () -> platform.addMunicipality(region.id(), request.municipality(), request.cbsCode())));
                PlatformAdministration.NewAccount admin = step(Map.of("naam", "--admin-name", "email", "--admin-email"),
                        () -> platform.createFirstAdministrator(municipality.id(), request.adminName(),
                                request.adminEmail()));
                out.printf("Regio:     %s (%s)%n", region.name(), existingRegion.isPresent() ? "bestond al" : "aangemaakt");
                out.printf("Gemeente:  %s, %s (%s)%n", municipality.name(), municipality.cbsCode(),
                        existing.isPresent() ? "bestond al" : "aangemaakt");
                printAccount(admin, "Eerste beheerder", out);
                return Outcome.DONE;
            });
        } catch (Refused e) {
            printProblems(e.problems, e.options, err);
            return Outcome.REFUSED_INPUT;
        }
    }

    /** An installation-wide platform administrator, whose set-up link is printed. */
    public Outcome platformAdministrator(String name, String email, PrintStream out, PrintStream err) {
        try {
            PlatformAdministration.NewAccount admin = transactions.execute(tx -> step(
                    Map.of("naam", "--name", "email", "--email"), () -> platform.createPlatformAdministrator(name, email)));
            printAccount(admin, "Platformbeheerder", out);
            return Outcome.DONE;
        } catch (Refused e) {
            printProblems(e.problems, e.options, err);
            return Outcome.REFUSED_INPUT;
        }
    }

    /** A new set-up link for an account that never used its own (e.g. it expired); earlier links are revoked. */
    public Outcome newLink(String email, PrintStream out, PrintStream err) {
        try {
            PlatformAdministration.NewAccount account = transactions.execute(
                    tx -> step(Map.of("email", "--email"), () -> platform.newLink(email)));
            out.printf("Nieuwe link voor %s (eerdere links van dit account werken niet meer).%n", account.username());
            printLink(account, out);
            return Outcome.DONE;
        } catch (Refused e) {
            printProblems(e.problems, e.options, err);
            return Outcome.REFUSED_INPUT;
        }
    }

    private static void printAccount(PlatformAdministration.NewAccount account, String what, PrintStream out) {
        out.printf("%s: %s, gebruikersnaam %s (aangemaakt, nog zonder wachtwoord)%n", what, account.displayName(),
                account.username());
        printLink(account, out);
    }

    private static void printLink(PlatformAdministration.NewAccount account, PrintStream out) {
        out.println();
        out.println("Eenmalige link om het account in te stellen (wachtwoord kiezen, daarna de tweede stap van");
        out.printf("het inloggen), geldig tot %s. Geef hem veilig door (wie hem heeft, kiest het wachtwoord).%n",
                account.expiresAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        out.println();
        out.println("    " + account.link());
        out.println();
    }

    /** Refused input of one step, with the command-line option each form field stands for. */
    private static final class Refused extends RuntimeException {

        final List<FieldProblem> problems;
        final Map<String, String> options;

        Refused(List<FieldProblem> problems, Map<String, String> options) {
            super("refused", null, false, false);
            this.problems = problems;
            this.options = options;
        }
    }

    private static <T> T step(Map<String, String> options, Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidInputException e) {
            throw new Refused(e.problems(), options);
        }
    }

    private void printProblems(List<FieldProblem> problems, Map<String, String> options, PrintStream err) {
        err.println("Geweigerd, er is niets veranderd:");
        for (FieldProblem problem : problems) {
            err.printf("  - %s: %s%n", options.getOrDefault(problem.field(), problem.field()), messages.getMessage(
                    problem.messageKey(), problem.arguments().toArray(), problem.messageKey(), DUTCH));
        }
    }
}
