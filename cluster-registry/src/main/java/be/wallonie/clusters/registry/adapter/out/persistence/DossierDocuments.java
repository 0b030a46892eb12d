package be.wallonie.clusters.registry.adapter.out.persistence;

import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierContent;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.DossierSnapshot;
import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import be.wallonie.clusters.registry.domain.dossier.Focus;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import be.wallonie.clusters.registry.domain.dossier.Volet;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The dossier's content and its snapshots are stored as jsonb documents: they are read and written whole, and
 * the domain's value objects are plain records whose components are the document's fields. Unknown fields are
 * ignored so that a document written by a later version still reads.
 */
@ApplicationScoped
class DossierDocuments {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write dossier document", e);
        }
    }

    DossierContent content(String document) {
        return read(document, DossierContent.class);
    }

    DossierSnapshot snapshot(String document) {
        return read(document, DossierSnapshot.class);
    }

    Dossier toDomain(DossierEntity e) {
        return Dossier.restore(new DossierId(e.id), e.name, e.acronym, Scheme.valueOf(e.scheme), Volet.valueOf(e.entryVolet),
                new Focus(Focus.Kind.valueOf(e.focusKind), e.focusDomain, e.focusDescription), content(e.content),
                DossierStatus.valueOf(e.status), e.snapshotVersion, e.version, e.createdBy, e.createdAt);
    }

    private <T> T read(String document, Class<T> type) {
        try {
            return json.readValue(document == null ? "{}" : document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read dossier document as " + type.getSimpleName(), e);
        }
    }
}
