package be.wallonie.clusters.localstack.demo;

import static be.wallonie.clusters.localstack.demo.JsonHttp.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.UUID;

/** The funding service's endpoints the demo load reads (it builds the schedules itself from AgrementGranted). */
final class FundingClient {

    private final JsonHttp http;
    private final Tokens tokens;

    FundingClient(URI base, Tokens tokens) {
        this.http = new JsonHttp(base);
        this.tokens = tokens;
    }

    /** Whether the dossier's funding file has a current schedule yet. */
    boolean hasSchedule(String key, UUID dossierId) {
        var r = expect(http.get("/api/v1/funding-files/" + dossierId, tokens.fundingReader()), key + ": reading the funding file", 200, 404);
        JsonNode schedules = r.body().path("currentSchedules");
        return r.status() == 200 && schedules.isArray() && !schedules.isEmpty();
    }
}
