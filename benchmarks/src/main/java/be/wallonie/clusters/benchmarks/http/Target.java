package be.wallonie.clusters.benchmarks.http;

import java.util.Map;

/**
 * One measured endpoint: the URL wrk loads, the headers it sends (the bearer token, If-None-Match), the status every
 * response must have, and the #13 target it is held to.
 */
record Target(String key, String label, String caller, String url, Map<String, String> headers, int expectedStatus, Kind kind) {

    /** Which #13 target applies: the anchor itself, an authenticated read (≥ 0.8×), the public register (≥ 1.0×). */
    enum Kind {
        ANCHOR(Double.NaN), AUTHENTICATED(0.8), PUBLIC(1.0);

        final double minimumRatio;

        Kind(double minimumRatio) {
            this.minimumRatio = minimumRatio;
        }
    }
}
