package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.registry.application.port.in.ListRecognisedClustersQuery.Edition;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public register's rendered pages (JSON bytes and their ETag), for everyone alike: the register is anonymous and the
 * same for every caller. Keyed by the register's {@link Edition} (its version, bumped in the transaction of every change
 * to what it shows, and the day): a request takes the edition first, then reads, so a page is never served after a
 * change it does not show. A new edition empties the cache; a request holding an older edition than the cache's is
 * answered without caching. At most {@code clusters.public-register.cache-entries} pages per edition (the rest are
 * rendered on each request).
 */
@ApplicationScoped
class PublicRegisterCache {

    /** A page as sent: its JSON and its ETag (a digest of the JSON, so unchanged content keeps its tag across editions). */
    record Rendered(byte[] json, EntityTag tag) {
    }

    private record Generation(Edition edition, Map<String, Rendered> pages) {
    }

    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(null, Map.of()));
    private final ObjectMapper json;
    private final int maxEntries;

    PublicRegisterCache(ObjectMapper json,
            @ConfigProperty(name = "clusters.public-register.cache-entries", defaultValue = "1000") int maxEntries) {
        this.json = json;
        this.maxEntries = maxEntries;
    }

    /** The page under {@code key} in that edition: from the cache, else rendered from {@code body} (and kept). */
    Rendered page(Edition edition, String key, Supplier<Object> body) {
        Generation generation = current.updateAndGet(g -> newer(edition, g.edition())
                ? new Generation(edition, new ConcurrentHashMap<>()) : g);
        if (!edition.equals(generation.edition())) {
            return render(body.get());
        }
        Rendered page = generation.pages().get(key);
        if (page == null) {
            page = render(body.get());
            if (generation.pages().size() < maxEntries) {
                generation.pages().putIfAbsent(key, page);
            }
        }
        return page;
    }

    private static boolean newer(Edition edition, Edition cached) {
        return cached == null || edition.version() > cached.version()
                || edition.version() == cached.version() && edition.today().isAfter(cached.today());
    }

    private Rendered render(Object body) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Rendered(bytes, new EntityTag(HexFormat.of().formatHex(hash, 0, 16)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
