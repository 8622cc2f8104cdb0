package nl.sleutelnet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

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

    @Test
    void nothing_writes_to_standard_out() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }
}
