package be.wallonie.clusters.funding;

import be.wallonie.clusters.testing.HexagonalArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void hexagonal_dependency_rules_hold() {
        HexagonalArchitecture.of("be.wallonie.clusters.funding").check();
    }
}
