package be.wallonie.clusters.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The dependency rules of architecture.md, for one service's base package
 * ({@code be.wallonie.clusters.<service>}):
 * <ul>
 *   <li>{@code domain} depends only on {@code java.*} and itself;</li>
 *   <li>{@code application} does not depend on adapters nor on config, and uses no framework
 *       except jakarta.transaction / CDI annotations;</li>
 *   <li>each adapter depends on no other adapter.</li>
 * </ul>
 */
public final class HexagonalArchitecture {

    private final String base;

    private HexagonalArchitecture(String base) {
        this.base = base;
    }

    public static HexagonalArchitecture of(String basePackage) {
        return new HexagonalArchitecture(basePackage);
    }

    public JavaClasses importMainClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base);
    }

    public ArchRule domainDependsOnlyOnJavaAndItself() {
        return classes().that().resideInAPackage(base + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(base + ".domain..", "java..")
                .because("the Walloon rules are plain Java: no framework in the domain (architecture.md)");
    }

    public ArchRule applicationDependsNeitherOnAdaptersNorOnFrameworks() {
        return classes().that().resideInAPackage(base + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        base + ".application..", base + ".domain..", "java..",
                        "jakarta.transaction..", "jakarta.enterprise..", "jakarta.inject..")
                .because("use cases depend on the domain and their own ports only (architecture.md)");
    }

    public List<ArchRule> adaptersDoNotDependOnEachOther() {
        List<String> adapters = List.of("adapter.in.rest", "adapter.in.messaging", "adapter.out.persistence", "adapter.out.messaging");
        return adapters.stream().map(a -> (ArchRule) noClasses().that().resideInAPackage(base + "." + a + "..")
                .should().dependOnClassesThat().resideInAnyPackage(adapters.stream()
                        .filter(other -> !other.equals(a)).map(other -> base + "." + other + "..").toArray(String[]::new))
                .allowEmptyShould(true)
                .because("adapters depend inward, never on each other (architecture.md)")).toList();
    }

    /** Checks every rule against the service's main classes. */
    public void check() {
        check(importMainClasses());
    }

    public void check(JavaClasses classes) {
        domainDependsOnlyOnJavaAndItself().allowEmptyShould(true).check(classes);
        applicationDependsNeitherOnAdaptersNorOnFrameworks().allowEmptyShould(true).check(classes);
        adaptersDoNotDependOnEachOther().forEach(rule -> rule.check(classes));
    }
}
