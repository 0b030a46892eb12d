package be.wallonie.clusters.evaluation.adapter.out.persistence;

import be.wallonie.clusters.evaluation.domain.criteria.Comparison;
import be.wallonie.clusters.evaluation.domain.criteria.Criterion;
import be.wallonie.clusters.evaluation.domain.criteria.CriterionResult;
import be.wallonie.clusters.evaluation.domain.criteria.Indicator;
import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.criteria.Outcome;
import be.wallonie.clusters.evaluation.domain.criteria.RiskWarning;
import be.wallonie.clusters.evaluation.domain.criteria.RiskWarningCode;
import be.wallonie.clusters.evaluation.domain.criteria.Routing;
import be.wallonie.clusters.evaluation.domain.criteria.Threshold;
import be.wallonie.clusters.evaluation.domain.snapshot.Scheme;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The jsonb documents of {@code automatic_assessment}: persistence shapes, not domain objects, so
 * that the stored form is stable whatever the domain records become. Numbers are written exactly
 * (no doubles), so an assessment reads back equal to the one computed.
 */
final class AssessmentDocuments {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private AssessmentDocuments() {
    }

    record Text(String fr, String en) {
        static Text of(LocalizedText t) {
            return new Text(t.fr(), t.en());
        }

        LocalizedText toDomain() {
            return new LocalizedText(fr, en);
        }
    }

    record IndicatorDoc(String code, BigDecimal value, String unit) {
        static IndicatorDoc of(Indicator i) {
            return new IndicatorDoc(i.code(), i.value(), i.unit());
        }

        Indicator toDomain() {
            return new Indicator(code, value, unit);
        }
    }

    record ThresholdDoc(String code, BigDecimal value, String comparison, String unit) {
        static ThresholdDoc of(Threshold t) {
            return new ThresholdDoc(t.code(), t.value(), t.comparison().name(), t.unit());
        }

        Threshold toDomain() {
            return new Threshold(code, value, Comparison.valueOf(comparison), unit);
        }
    }

    record ResultDoc(String criterion, String outcome, List<IndicatorDoc> indicators, List<ThresholdDoc> thresholds,
                     Text explanation) {
        static ResultDoc of(CriterionResult r) {
            return new ResultDoc(r.criterion().name(), r.outcome().name(),
                    r.indicators().stream().map(IndicatorDoc::of).toList(),
                    r.thresholds().stream().map(ThresholdDoc::of).toList(), Text.of(r.explanation()));
        }

        CriterionResult toDomain() {
            return new CriterionResult(Criterion.valueOf(criterion), Outcome.valueOf(outcome),
                    indicators.stream().map(IndicatorDoc::toDomain).toList(),
                    thresholds.stream().map(ThresholdDoc::toDomain).toList(), explanation.toDomain());
        }
    }

    /** The routing's details; the two schemes are columns. */
    record RoutingDoc(List<IndicatorDoc> indicators, List<ThresholdDoc> thresholds, Text explanation) {
        static RoutingDoc of(Routing r) {
            return new RoutingDoc(r.indicators().stream().map(IndicatorDoc::of).toList(),
                    r.thresholds().stream().map(ThresholdDoc::of).toList(), Text.of(r.explanation()));
        }

        Routing toDomain(Scheme route, Scheme appliedFor) {
            return new Routing(route, appliedFor, indicators.stream().map(IndicatorDoc::toDomain).toList(),
                    thresholds.stream().map(ThresholdDoc::toDomain).toList(), explanation.toDomain());
        }
    }

    record WarningDoc(String code, Text message, List<UUID> organisations) {
        static WarningDoc of(RiskWarning w) {
            return new WarningDoc(w.code().name(), Text.of(w.message()), w.organisations());
        }

        RiskWarning toDomain() {
            return new RiskWarning(RiskWarningCode.valueOf(code), message.toDomain(),
                    organisations == null ? List.of() : organisations);
        }
    }

    static final TypeReference<List<ResultDoc>> RESULTS = new TypeReference<>() {
    };
    static final TypeReference<List<WarningDoc>> WARNINGS = new TypeReference<>() {
    };

    static String write(Object document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an assessment document", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable assessment document", e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable assessment document", e);
        }
    }
}
