package be.wallonie.clusters.evaluation.domain.scoring;

import be.wallonie.clusters.evaluation.domain.criteria.Criterion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The panel's consensus per criterion (domain.md §4 « the panel's consensus sets each necessary criterion met
 * or not »). Defaults, all configuration: the consensus score is the MEDIAN of the submitted scores (an even
 * count takes the mean of the two middle ones), and a criterion is met when it is at least 3/5. The majority
 * view gathers the reasons of the experts on the consensus's side of the threshold, the minority view the others.
 */
public record ConsensusPolicy(Method method, BigDecimal metThreshold) {

    public enum Method { MEDIAN, MEAN }

    public ConsensusPolicy {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(metThreshold, "metThreshold");
        if (metThreshold.signum() < 0 || metThreshold.compareTo(BigDecimal.valueOf(CriterionScore.MAX)) > 0) {
            throw new IllegalArgumentException("the threshold is between 0 and 5");
        }
    }

    public static ConsensusPolicy defaults() {
        return new ConsensusPolicy(Method.MEDIAN, BigDecimal.valueOf(3));
    }

    /** One finding per criterion, in {@link Criterion} order, from the submitted, non-void sheets. */
    public List<Finding> findings(List<ScoreSheet> sheets) {
        List<ScoreSheet> counted = sheets.stream().filter(s -> s.submitted() && !s.voided()).toList();
        if (counted.isEmpty()) {
            throw new IllegalArgumentException("no submitted score to build a consensus on");
        }
        List<Finding> findings = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            List<CriterionScore> scores = counted.stream()
                    .map(s -> s.scores().stream().filter(x -> x.criterion() == c).findFirst()
                            .orElseThrow(() -> new IllegalArgumentException(c + " missing from a submitted sheet")))
                    .toList();
            BigDecimal consensus = consensus(scores.stream().map(CriterionScore::score).sorted().toList());
            boolean met = consensus.compareTo(metThreshold) >= 0;
            List<CriterionScore> majority = scores.stream().filter(s -> sideMet(s.score()) == met).toList();
            List<CriterionScore> minority = scores.stream().filter(s -> sideMet(s.score()) != met).toList();
            if (majority.isEmpty()) {
                // a mean can fall on one side while every score is on the other: all views are then the panel's
                majority = scores;
                minority = List.of();
            }
            findings.add(new Finding(c, met, consensus, views(majority), minority.isEmpty() ? null : views(minority)));
        }
        return List.copyOf(findings);
    }

    private boolean sideMet(int score) {
        return BigDecimal.valueOf(score).compareTo(metThreshold) >= 0;
    }

    BigDecimal consensus(List<Integer> sorted) {
        return switch (method) {
            case MEDIAN -> {
                int n = sorted.size();
                BigDecimal m = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                        : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
                yield m.setScale(2, RoundingMode.HALF_UP);
            }
            case MEAN -> BigDecimal.valueOf(sorted.stream().mapToInt(Integer::intValue).sum())
                    .divide(BigDecimal.valueOf(sorted.size()), 2, RoundingMode.HALF_UP);
        };
    }

    private static String views(List<CriterionScore> scores) {
        return scores.stream().map(s -> s.reason().strip()).distinct().collect(Collectors.joining(" / "));
    }
}
