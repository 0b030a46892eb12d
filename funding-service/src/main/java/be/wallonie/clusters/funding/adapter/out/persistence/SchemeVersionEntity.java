package be.wallonie.clusters.funding.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code funding_scheme_version}: a published scheme version, never updated. */
@Entity
@Table(name = "funding_scheme_version")
public class SchemeVersionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String scheme;

    @Column(nullable = false, updatable = false)
    public String label;

    @Column(name = "effective_from", nullable = false, updatable = false)
    public LocalDate effectiveFrom;

    @Column(name = "yearly_cap", nullable = false, updatable = false, precision = 14, scale = 2)
    public BigDecimal yearlyCap;

    @Column(name = "period_rates", updatable = false)
    public BigDecimal[] periodRates;

    @Column(name = "period_length_years", updatable = false)
    public Integer periodLengthYears;

    @Column(name = "max_funded_years", updatable = false)
    public Integer maxFundedYears;

    @Column(updatable = false, precision = 5, scale = 4)
    public BigDecimal rate;

    @Column(name = "max_months", updatable = false)
    public Integer maxMonths;

    @Column(name = "running_periods_from", updatable = false)
    public LocalDate runningPeriodsFrom;

    @Column(updatable = false)
    public String source;

    @Column(name = "published_by", nullable = false, updatable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    public Instant publishedAt;
}
