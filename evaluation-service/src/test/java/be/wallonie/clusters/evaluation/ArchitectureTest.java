package be.wallonie.clusters.evaluation;

import be.wallonie.clusters.testing.HexagonalArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void hexagonal_dependency_rules_hold() {
        HexagonalArchitecture.of("be.wallonie.clusters.evaluation").check();
    }
}
