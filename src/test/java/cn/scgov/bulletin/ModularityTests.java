package cn.scgov.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature is a module. A module uses another only through its public top-level types (its {@code internal}
 * sub-package is closed to others), only among the dependencies it declares in its {@code package-info.java}, and
 * without cycles. Pages live in the page modules (participants, office, oversight) above the features.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(BulletinApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayUse() {
        List<String> undeclared = modules.stream()
                .filter(module -> !module.getIdentifier().toString().equals("shared"))
                .filter(module -> {
                    Package pkg = Package.getPackage(module.getBasePackage().getName());
                    ApplicationModule annotation = pkg == null ? null : pkg.getAnnotation(ApplicationModule.class);
                    return annotation == null || annotation.allowedDependencies().length == 0;
                })
                .map(module -> module.getIdentifier().toString())
                .toList();
        assertThat(undeclared).as("modules without declared allowed dependencies").isEmpty();
    }

    @Test
    void featuresDoNotDependOnPages() {
        List<String> pages = List.of("participants", "office", "oversight", "web");
        modules.stream()
                .filter(module -> !pages.contains(module.getIdentifier().toString()))
                .forEach(module -> assertThat(module.getDirectDependencies(modules).uniqueModules()
                        .map(dependency -> dependency.getIdentifier().toString()))
                        .as("%s depends on a page module", module.getIdentifier())
                        .doesNotContainAnyElementsOf(pages));
    }

    @Test
    void writeModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
