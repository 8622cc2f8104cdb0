package nl.sleutelnet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.sleutelnet");

    @Test
    void repositories_are_private_to_their_module() {
        classes().that().areAnnotatedWith(Repository.class).should().notBePublic().check(classes);
    }

    @Test
    void controllers_are_not_public() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic().check(classes);
    }

    @Test
    void the_domain_does_not_depend_on_the_web() {
        noClasses().that().resideInAnyPackage("nl.sleutelnet.network", "nl.sleutelnet.audit", "nl.sleutelnet.tenancy",
                "nl.sleutelnet.privacy", "nl.sleutelnet.shared")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
                .check(classes);
    }

    /**
     * The controller convention (docs/architecture.md): web code sits in a module's {@code web}
     * (screens) and {@code api} (REST) packages, or is a configuration class; the modules
     * {@code shell} and {@code api} are web by nature. Everything else of every module (its domain
     * types, services, repositories, jobs) knows nothing of requests, responses or models. Path
     * matching (the route table's patterns) is not web code.
     */
    @Test
    void the_domain_of_every_module_does_not_depend_on_the_web() {
        noClasses().that(DOMAIN).should().dependOnClassesThat(WEB).check(classes);
    }

    /** Controllers and controller advice live in a module's {@code web} or {@code api} package. */
    @Test
    void controllers_live_in_web_or_api() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .or().areAnnotatedWith(ControllerAdvice.class).or().areAnnotatedWith(RestControllerAdvice.class)
                .and().resideOutsideOfPackages("nl.sleutelnet.shell..", "nl.sleutelnet.api..")
                .should().resideInAnyPackage("nl.sleutelnet.*.web..", "nl.sleutelnet.*.api..").check(classes);
    }

    private static final Set<String> WEB_MODULES = Set.of("shell", "api");

    private static final DescribedPredicate<JavaClass> DOMAIN = new DescribedPredicate<>("the domain of a module") {
        @Override
        public boolean test(JavaClass type) {
            String[] parts = type.getPackageName().split("\\.");
            if (parts.length < 3 || !type.getPackageName().startsWith("nl.sleutelnet.")
                    || WEB_MODULES.contains(parts[2])) {
                return false;
            }
            if (Arrays.asList(parts).subList(3, parts.length).stream().anyMatch(p -> p.equals("web") || p.equals("api"))) {
                return false;
            }
            JavaClass outer = type;
            while (outer.getEnclosingClass().isPresent()) {
                outer = outer.getEnclosingClass().get();
            }
            JavaClass topLevel = outer;
            return !topLevel.isAnnotatedWith(Configuration.class);
        }
    };

    private static final DescribedPredicate<JavaClass> WEB = JavaClass.Predicates
            .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
            .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("org.springframework.web.util.pattern..")))
            .as("web code");

    /**
     * Output goes through logging. The one exception is the operator's set-up command, whose
     * printed result (and set-up link) on the terminal is its purpose (ADR 0026): only the jar's
     * main method hands it the console, and only when started as {@code setup}.
     */
    @Test
    void nothing_writes_to_standard_out() {
        noClasses().that(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(SleutelnetApplication.class)))
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }
}
