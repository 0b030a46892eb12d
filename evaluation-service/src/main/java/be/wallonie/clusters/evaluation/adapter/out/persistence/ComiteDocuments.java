package be.wallonie.clusters.evaluation.adapter.out.persistence;

import be.wallonie.clusters.evaluation.domain.criteria.Criterion;
import be.wallonie.clusters.evaluation.domain.expert.Affiliation;
import be.wallonie.clusters.evaluation.domain.expert.DeclaredInterest;
import be.wallonie.clusters.evaluation.domain.scoring.Condition;
import be.wallonie.clusters.evaluation.domain.scoring.CriterionScore;
import be.wallonie.clusters.evaluation.domain.scoring.Finding;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The jsonb documents of the Comité's tables: persistence shapes, mapped to and from the domain records. */
final class ComiteDocuments {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private ComiteDocuments() {
    }

    record AffiliationDoc(String enterpriseNumber, String organisationName, String role, LocalDate from, LocalDate to, String country) {
    }

    record InterestDoc(String enterpriseNumber, String organisationName, String nature, String country) {
    }

    record ScoreDoc(String criterion, int score, String reason) {
    }

    record FindingDoc(String criterion, boolean met, BigDecimal consensusScore, String majorityView, String minorityView) {
    }

    record ConditionDoc(String criterion, String text) {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write document", e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored document", e);
        }
    }

    static String affiliations(List<Affiliation> list) {
        return write(list.stream().map(a -> new AffiliationDoc(a.enterpriseNumber(), a.organisationName(), a.role(), a.from(), a.to(), a.country()))
                .toList());
    }

    static List<Affiliation> affiliations(String json) {
        return read(json, new TypeReference<List<AffiliationDoc>>() { }).stream()
                .map(a -> new Affiliation(a.enterpriseNumber(), a.organisationName(), a.role(), a.from(), a.to(), a.country())).toList();
    }

    static String interests(List<DeclaredInterest> list) {
        return write(list.stream().map(i -> new InterestDoc(i.enterpriseNumber(), i.organisationName(), i.nature(), i.country())).toList());
    }

    static List<DeclaredInterest> interests(String json) {
        return read(json, new TypeReference<List<InterestDoc>>() { }).stream()
                .map(i -> new DeclaredInterest(i.enterpriseNumber(), i.organisationName(), i.nature(), i.country())).toList();
    }

    static String scores(List<CriterionScore> list) {
        return write(list.stream().map(s -> new ScoreDoc(s.criterion().name(), s.score(), s.reason())).toList());
    }

    static List<CriterionScore> scores(String json) {
        return read(json, new TypeReference<List<ScoreDoc>>() { }).stream()
                .map(s -> new CriterionScore(Criterion.valueOf(s.criterion()), s.score(), s.reason())).toList();
    }

    static String findings(List<Finding> list) {
        return write(list.stream().map(f -> new FindingDoc(f.criterion().name(), f.met(), f.consensusScore(), f.majorityView(),
                f.minorityView())).toList());
    }

    static List<Finding> findings(String json) {
        return read(json, new TypeReference<List<FindingDoc>>() { }).stream()
                .map(f -> new Finding(Criterion.valueOf(f.criterion()), f.met(), f.consensusScore(), f.majorityView(), f.minorityView()))
                .toList();
    }

    static String conditions(List<Condition> list) {
        return write(list.stream().map(c -> new ConditionDoc(c.criterion() == null ? null : c.criterion().name(), c.text())).toList());
    }

    static List<Condition> conditions(String json) {
        return read(json, new TypeReference<List<ConditionDoc>>() { }).stream()
                .map(c -> new Condition(c.criterion() == null ? null : Criterion.valueOf(c.criterion()), c.text())).toList();
    }

    static List<String> strings(String json) {
        return read(json, new TypeReference<List<String>>() { });
    }

    /** A timestamp column as the JDBC driver returns it in a native query. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    /** Binds a value that may be null with its type, so PostgreSQL is never sent an untyped null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> jakarta.persistence.Query bind(jakarta.persistence.Query q, String name, T value, Class<T> type) {
        ((org.hibernate.query.NativeQuery) q.unwrap(org.hibernate.query.NativeQuery.class)).setParameter(name, value, type);
        return q;
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }
}
