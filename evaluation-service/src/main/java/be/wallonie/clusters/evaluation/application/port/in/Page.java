package be.wallonie.clusters.evaluation.application.port.in;

import java.util.List;

/** One page of a collection: {@code page} is 0-based; {@code total} counts every item matching the filters. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
}
