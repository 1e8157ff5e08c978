package cn.scgov.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The README's module table is the declaration in each package-info.java, module by module. */
    @Test
    void theReadmeShowsTheDeclaredDependencies() throws IOException {
        Map<String, Set<String>> readme = new TreeMap<>();
        Pattern row = Pattern.compile("^\\| `(\\w+)` \\| (.*?) \\| (yes|—) \\|$");
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int header = lines.indexOf("| Module | May use (declared) | `internal` |");
        assertThat(header).as("the README's module table").isNotNegative();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (line.isBlank()) {
                break;
            }
            Matcher matcher = row.matcher(line);
            if (matcher.matches()) {
                Set<String> allowed = new TreeSet<>();
                Matcher name = Pattern.compile("`([^`]+)`").matcher(matcher.group(2));
                while (name.find()) {
                    allowed.add(name.group(1));
                }
                readme.put(matcher.group(1), allowed);
            }
        }
        Map<String, Set<String>> declared = new TreeMap<>();
        modules.forEach(module -> {
            ApplicationModule annotation = Package.getPackage(module.getBasePackage().getName())
                    .getAnnotation(ApplicationModule.class);
            declared.put(module.getIdentifier().toString(), new TreeSet<>(List.of(annotation.allowedDependencies())));
        });
        assertThat(readme).isEqualTo(declared);
    }

    @Test
    void writeModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
