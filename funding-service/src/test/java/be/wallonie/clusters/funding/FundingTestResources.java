package be.wallonie.clusters.funding;

import be.wallonie.clusters.testing.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of this module runs against the real PostgreSQL + Kafka of the local stack. */
@QuarkusTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "service", value = "funding-service"))
public class FundingTestResources {
}
