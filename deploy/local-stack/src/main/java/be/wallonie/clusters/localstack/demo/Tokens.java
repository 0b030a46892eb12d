package be.wallonie.clusters.localstack.demo;

import be.wallonie.clusters.localstack.DevTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The users of the demo load, with tokens signed by the development key as {@code bin/token} signs them. */
final class Tokens {

    private static final Duration TTL = Duration.ofHours(2);
    private final Map<String, String> minted = new ConcurrentHashMap<>();

    String cellule() {
        return of("demo-cellule", "CELLULE", null);
    }

    String region() {
        return of("demo-region", "REGION", null);
    }

    String secretariat() {
        return of("demo-secretariat", "COMITE_SECRETARIAT", null);
    }

    String fundingReader() {
        return of("demo-funding-reader", "FUNDING_READER", null);
    }

    /** An applicant of the organisation with this enterprise number (the {@code org} claim). */
    String applicant(String enterpriseNumber) {
        return of("demo-applicant-" + enterpriseNumber, "APPLICANT", enterpriseNumber);
    }

    /** An expert: the evaluation service links the token's subject to the expert whose {@code userId} it is. */
    String expert(String userId) {
        return of(userId, "EXPERT", null);
    }

    private String of(String subject, String role, String org) {
        return minted.computeIfAbsent(subject + "|" + role, k -> DevTokens.mint(subject, List.of(role), org, TTL));
    }
}
