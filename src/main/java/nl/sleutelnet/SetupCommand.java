package nl.sleutelnet;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import nl.sleutelnet.identity.OperatorSetup;

/**
 * {@code java -jar sleutelnet.jar setup ...}: the operator's set-up step (ADR 0026). Starts the
 * application without a web server, with the same settings as a normal start (so the migrations
 * run first), does one step of {@link OperatorSetup}, prints the set-up link and exits: 0 done, 1
 * wrong use, 2 refused input, 3 the municipality has an administrator already. Options the step
 * does not know are passed to Spring as usual (e.g. {@code --spring.profiles.active=prod}).
 */
final class SetupCommand {

    static final String NAME = "setup";

    private static final Set<String> MUNICIPALITY_OPTIONS = Set.of("region", "municipality", "cbs-code", "admin-name",
            "admin-email");
    private static final Set<String> PLATFORM_OPTIONS = Set.of("name", "email");
    private static final Set<String> LINK_OPTIONS = Set.of("email");

    static final String USAGE = """
            Gebruik:
              java -jar sleutelnet.jar setup gemeente --region="<regio>" --municipality="<gemeente>" \\
                  --cbs-code=GM#### --admin-name="<naam>" --admin-email=<e-mailadres>
              java -jar sleutelnet.jar setup platformbeheerder --name="<naam>" --email=<e-mailadres>
              java -jar sleutelnet.jar setup link --email=<e-mailadres>   (nieuwe link, account nog niet ingesteld)
            Met dezelfde omgeving als een gewone start (SPRING_PROFILES_ACTIVE=prod, database, sleutel, mail,
            SLEUTELNET_MAIL_BASE_URL). Zie docs/operations.md, "Eerste start".""";

    private SetupCommand() {
    }

    static boolean isSetup(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** Runs the step; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2) {
            err.println(USAGE);
            return OperatorSetup.Outcome.USAGE.code();
        }
        String step = args[1];
        Set<String> known = switch (step) {
            case "gemeente" -> MUNICIPALITY_OPTIONS;
            case "platformbeheerder" -> PLATFORM_OPTIONS;
            case "link" -> LINK_OPTIONS;
            default -> null;
        };
        if (known == null) {
            err.println("Onbekende stap: " + step);
            err.println(USAGE);
            return OperatorSetup.Outcome.USAGE.code();
        }
        Map<String, String> options = new HashMap<>();
        List<String> spring = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String key = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : null;
            if (key != null && known.contains(key)) {
                options.put(key, arg.substring(equals + 1));
            } else {
                spring.add(arg);
            }
        }
        List<String> missing = known.stream().filter(k -> !options.containsKey(k)).sorted().toList();
        if (!missing.isEmpty()) {
            err.println("Ontbreekt: --" + String.join(", --", missing));
            err.println(USAGE);
            return OperatorSetup.Outcome.USAGE.code();
        }
        SpringApplication application = new SpringApplication(SleutelnetApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of("spring.main.banner-mode", "off", "logging.level.root", "WARN"));
        try (ConfigurableApplicationContext context = application.run(spring.toArray(String[]::new))) {
            OperatorSetup setup = context.getBean(OperatorSetup.class);
            OperatorSetup.Outcome outcome = switch (step) {
                case "gemeente" -> setup.municipality(new OperatorSetup.MunicipalityRequest(options.get("region"),
                        options.get("municipality"), options.get("cbs-code"), options.get("admin-name"),
                        options.get("admin-email")), out, err);
                case "platformbeheerder" -> setup.platformAdministrator(options.get("name"), options.get("email"), out,
                        err);
                default -> setup.newLink(options.get("email"), out, err);
            };
            return outcome.code();
        }
    }
}
