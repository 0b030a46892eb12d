package be.wallonie.clusters.funding.adapter.out.persistence;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.AnimatorParameters;
import be.wallonie.clusters.funding.domain.scheme.PoleParameters;
import be.wallonie.clusters.funding.domain.scheme.PublishedSchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeParameters;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.TimeLimitedParameters;
import java.math.BigDecimal;
import java.util.Arrays;

/** Rows ↔ published scheme versions. Rates come back as written (1.00, 0.75), not with the column's four decimals. */
final class SchemeVersionMapper {

    private SchemeVersionMapper() {
    }

    static PublishedSchemeVersion toDomain(SchemeVersionEntity e) {
        SchemeCode scheme = SchemeCode.valueOf(e.scheme);
        Money cap = new Money(e.yearlyCap);
        SchemeParameters parameters = switch (scheme) {
            case CLUSTER_ANIMATOR -> new AnimatorParameters(cap,
                    Arrays.stream(e.periodRates).map(SchemeVersionMapper::rate).toList(), e.periodLengthYears, e.maxFundedYears);
            case CLUSTER_PREPARATION, TECHNOLOGY_GRAPE -> new TimeLimitedParameters(rate(e.rate), cap, e.maxMonths);
            case COMPETITIVENESS_POLE -> new PoleParameters(cap);
        };
        return new PublishedSchemeVersion(new SchemeVersion(scheme, e.label, e.effectiveFrom, parameters, e.runningPeriodsFrom), e.source,
                e.publishedBy, e.publishedAt);
    }

    static SchemeVersionEntity toEntity(PublishedSchemeVersion published) {
        SchemeVersion v = published.version();
        SchemeVersionEntity e = new SchemeVersionEntity();
        e.scheme = v.scheme().name();
        e.label = v.label();
        e.effectiveFrom = v.effectiveFrom();
        e.runningPeriodsFrom = v.runningPeriodsFrom();
        e.yearlyCap = v.parameters().yearlyCap().amount();
        if (v.parameters() instanceof AnimatorParameters a) {
            e.periodRates = a.periodRates().toArray(BigDecimal[]::new);
            e.periodLengthYears = a.periodLengthYears();
            e.maxFundedYears = a.maxFundedYears();
        } else if (v.parameters() instanceof TimeLimitedParameters t) {
            e.rate = t.rate();
            e.maxMonths = t.maxMonths();
        }
        e.source = published.source();
        e.publishedBy = published.publishedBy();
        e.publishedAt = published.publishedAt();
        return e;
    }

    /** 0.7500 → 0.75, 1.0000 → 1.00, 0.3333 stays: at least two decimals, no trailing zero beyond them. */
    static BigDecimal rate(BigDecimal stored) {
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
