package vn.officialmail.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of STYLE.md convention 4, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.officialmail");

    @Test
    void featuresShouldNotDependOnMailetsOrMatchers() {
        noClasses()
                .that()
                .resideInAPackage("vn.officialmail.gateway..")
                .and()
                .resideOutsideOfPackages("vn.officialmail.gateway.mailets..", "vn.officialmail.gateway.matchers..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.officialmail.gateway.mailets..", "vn.officialmail.gateway.matchers..")
                .check(CLASSES);
    }

    @Test
    void librariesShouldNotDependOnTheGatewaySpringOrJakartaMail() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "vn.officialmail.config..", "vn.officialmail.classifier..", "vn.officialmail.indexer..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.officialmail.gateway..", "org.springframework..", "jakarta.mail..")
                .check(CLASSES);
    }

    @Test
    void classifierAndIndexerShouldNotDependOnEachOther() {
        noClasses()
                .that()
                .resideInAPackage("vn.officialmail.classifier..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("vn.officialmail.indexer..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("vn.officialmail.indexer..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("vn.officialmail.classifier..")
                .check(CLASSES);
    }

    @Test
    void theMailetContainerShouldNotDependOnFeatures() {
        noClasses()
                .that()
                .resideInAPackage("vn.officialmail.gateway.container..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "vn.officialmail.gateway.message..",
                        "vn.officialmail.gateway.registry..",
                        "vn.officialmail.gateway.audit..",
                        "vn.officialmail.gateway.relay..",
                        "vn.officialmail.gateway.smtp..")
                .check(CLASSES);
    }
}
