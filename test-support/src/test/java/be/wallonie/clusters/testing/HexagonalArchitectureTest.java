package be.wallonie.clusters.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The architecture rules fail on the violations they exist for (fixtures under be.wallonie.clusters.fixture). */
class HexagonalArchitectureTest {

    private final HexagonalArchitecture rules = HexagonalArchitecture.of("be.wallonie.clusters.fixture");
    private final JavaClasses fixtures = new ClassFileImporter().importPackages("be.wallonie.clusters.fixture");

    @Test
    void a_domain_class_using_jakarta_fails_the_build() {
        assertThatThrownBy(() -> rules.domainDependsOnlyOnJavaAndItself().check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyPolicy")
                .hasMessageContaining("jakarta.enterprise.context.ApplicationScoped");
    }

    @Test
    void an_application_class_using_an_adapter_fails_the_build() {
        assertThatThrownBy(() -> rules.applicationDependsNeitherOnAdaptersNorOnFrameworks().check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UseCaseReachingIntoAnAdapter");
    }

    @Test
    void an_adapter_using_another_adapter_fails_the_build() {
        assertThatThrownBy(() -> rules.check(fixtures)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> rules.adaptersDoNotDependOnEachOther().get(0).check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ResourceUsingAnEntity");
    }
}
