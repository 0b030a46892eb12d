package be.wallonie.clusters.foundation.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Registers {@link StorableText} on the services' ObjectMapper, so every REST body is checked. */
@Singleton
public class StorableTextCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(StorableText.module());
    }
}
