package be.wallonie.clusters.benchmarks;

import be.wallonie.clusters.evaluation.domain.criteria.Assessment;
import be.wallonie.clusters.evaluation.domain.criteria.CriteriaEngine;
import be.wallonie.clusters.evaluation.domain.criteria.CriteriaPolicy;
import be.wallonie.clusters.evaluation.domain.snapshot.Action;
import be.wallonie.clusters.evaluation.domain.snapshot.ActionType;
import be.wallonie.clusters.evaluation.domain.snapshot.DossierSnapshot;
import be.wallonie.clusters.evaluation.domain.snapshot.EntryVolet;
import be.wallonie.clusters.evaluation.domain.snapshot.ExpectedGain;
import be.wallonie.clusters.evaluation.domain.snapshot.Focus;
import be.wallonie.clusters.evaluation.domain.snapshot.FocusKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Governance;
import be.wallonie.clusters.evaluation.domain.snapshot.Member;
import be.wallonie.clusters.evaluation.domain.snapshot.MemberRole;
import be.wallonie.clusters.evaluation.domain.snapshot.Objective;
import be.wallonie.clusters.evaluation.domain.snapshot.OrganisationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Region;
import be.wallonie.clusters.evaluation.domain.snapshot.Relation;
import be.wallonie.clusters.evaluation.domain.snapshot.RelationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Scheme;
import be.wallonie.clusters.evaluation.domain.snapshot.SizeClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * architecture.md: the criteria engine evaluates a 2 000-member, 20 000-relation dossier in under
 * 2 ms, and its cost grows linearly with members + relations (compare the three sizes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CriteriaEngineBenchmark {

    /** members:relations — the target size, half of it and twice it. */
    @Param({"1000:10000", "2000:20000", "4000:40000"})
    public String size;

    private DossierSnapshot dossier;
    private final CriteriaEngine engine = CriteriaEngine.standard();
    private final CriteriaPolicy policy = CriteriaPolicy.defaults();

    @Setup
    public void prepare() {
        String[] parts = size.split(":");
        dossier = dossier(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), new Random(2026));
    }

    @Benchmark
    public Assessment assess() {
        return engine.assess(dossier, policy);
    }

    /** A large, realistic-shaped dossier: a core group of 40, corporate groups, foreign members, random ties. */
    static DossierSnapshot dossier(int memberCount, int relationCount, Random random) {
        UUID[] ids = new UUID[memberCount];
        List<Member> members = new ArrayList<>(memberCount);
        String[] nace = {"16.10", "16.23", "22.21", "25.62", "28.41", "43.32", "46.73", "49.41", "71.12", "72.19"};
        for (int i = 0; i < memberCount; i++) {
            ids[i] = new UUID(7, i);
            boolean support = i % 12 == 11;
            boolean foreign = i % 19 == 0;
            members.add(new Member(ids[i], null, "Membre " + i,
                    support ? OrganisationKind.TRAINING_CENTRE : OrganisationKind.ENTERPRISE,
                    support ? null : SizeClass.values()[i % SizeClass.values().length],
                    i < 40 ? MemberRole.CORE_GROUP : (support ? MemberRole.SUPPORT : MemberRole.MEMBER),
                    foreign ? Region.ABROAD : Region.WALLONIA, foreign ? "DE" : "BE", !foreign,
                    i % 9 == 0 ? "groupe-" + (i / 90) : null, List.of(nace[i % nace.length]), 5 + i % 300,
                    foreign && i % 2 == 0, null));
        }
        RelationKind[] kinds = RelationKind.values();
        List<Relation> relations = new ArrayList<>(relationCount);
        for (int r = 0; r < relationCount; r++) {
            relations.add(new Relation(ids[random.nextInt(memberCount)], ids[random.nextInt(memberCount)],
                    kinds[random.nextInt(kinds.length)], null, random.nextBoolean()));
        }
        List<Action> actions = new ArrayList<>();
        for (int a = 0; a < 100; a++) {
            actions.add(new Action("Action " + a, a % 2 == 0 ? ActionType.TARGETED : ActionType.GENERIC, "COMMERCIAL",
                    null, null, LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31), true,
                    List.of(ids[random.nextInt(memberCount)], ids[random.nextInt(memberCount)]),
                    BigDecimal.valueOf(5_000), a % 2 == 0 ? "Nouveaux marchés" : null));
        }
        return new DossierSnapshot("Cluster de référence", "REF", Scheme.ECONOMIC_CLUSTER, EntryVolet.VALIDATION,
                new Focus(FocusKind.MARKET, "construction bois", null), members, relations,
                List.of(new Objective("Objectif partagé", List.of(ids).subList(0, 40))),
                List.of(new ExpectedGain("Exportations", "exports", BigDecimal.valueOf(2_000_000), "EUR")), actions,
                new Governance(true, true, "Assemblée", "Référence européenne"), null, BigDecimal.valueOf(80_000));
    }
}
