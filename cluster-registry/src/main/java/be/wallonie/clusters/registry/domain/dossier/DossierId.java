package be.wallonie.clusters.registry.domain.dossier;

import java.util.Objects;
import java.util.UUID;

public record DossierId(UUID value) {

    public DossierId {
        Objects.requireNonNull(value, "dossier id");
    }

    public static DossierId newId() {
        return new DossierId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
