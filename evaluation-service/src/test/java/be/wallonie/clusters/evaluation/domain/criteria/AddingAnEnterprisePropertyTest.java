package be.wallonie.clusters.evaluation.domain.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.evaluation.domain.snapshot.DossierSnapshot;
import be.wallonie.clusters.evaluation.domain.snapshot.EntryVolet;
import be.wallonie.clusters.evaluation.domain.snapshot.Focus;
import be.wallonie.clusters.evaluation.domain.snapshot.FocusKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Member;
import be.wallonie.clusters.evaluation.domain.snapshot.MemberRole;
import be.wallonie.clusters.evaluation.domain.snapshot.OrganisationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Region;
import be.wallonie.clusters.evaluation.domain.snapshot.Relation;
import be.wallonie.clusters.evaluation.domain.snapshot.RelationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Scheme;
import be.wallonie.clusters.evaluation.domain.snapshot.SizeClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: bringing one more independent Walloon enterprise into a cluster, tied by relations to members already
 * there, never makes {@code CRITICAL_MASS} or {@code INTERRELATIONS} worse (issue #4). Checked over reproducible
 * random dossiers — small and large, with corporate groups, support bodies, foreign members, ties inside groups,
 * to outsiders and to oneself — so that a threshold or a counting rule that breaks monotonicity shows up with its seed.
 */
class AddingAnEnterprisePropertyTest {

    private static final CriteriaEngine ENGINE = CriteriaEngine.standard();
    private static final CriteriaPolicy POLICY = CriteriaPolicy.defaults();
    private static final List<Criterion> MONOTONE = List.of(Criterion.CRITICAL_MASS, Criterion.INTERRELATIONS);

    static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void adding_an_independent_walloon_enterprise_with_relations_never_makes_critical_mass_or_interrelations_worse(long seed) {
        Random random = new Random(seed);
        DossierSnapshot before = randomDossier(random);
        DossierSnapshot after = withNewEnterprise(before, random);

        Assessment was = ENGINE.assess(before, POLICY);
        Assessment is = ENGINE.assess(after, POLICY);
        for (Criterion criterion : MONOTONE) {
            assertThat(rank(is.result(criterion).outcome()))
                    .as("%s with seed %d: %s became %s", criterion, seed, was.result(criterion).outcome(), is.result(criterion).outcome())
                    .isGreaterThanOrEqualTo(rank(was.result(criterion).outcome()));
        }
    }

    /** Worse to better: the order in which a result can only move up. */
    private static int rank(Outcome outcome) {
        return switch (outcome) {
            case NOT_SATISFIED -> 0;
            case NEEDS_EXPERT_JUDGEMENT -> 1;
            case SATISFIED -> 2;
        };
    }

    private static DossierSnapshot randomDossier(Random random) {
        int memberCount = 1 + random.nextInt(random.nextBoolean() ? 12 : 40);
        OrganisationKind[] supportKinds = {OrganisationKind.RESEARCH_CENTRE, OrganisationKind.UNIVERSITY,
                OrganisationKind.FEDERATION, OrganisationKind.TRAINING_CENTRE};
        List<Member> members = new ArrayList<>(memberCount);
        for (int i = 0; i < memberCount; i++) {
            boolean enterprise = random.nextInt(5) != 0;
            boolean abroad = random.nextInt(6) == 0;
            String group = enterprise && random.nextInt(4) == 0 ? "groupe-" + random.nextInt(3) : null;
            members.add(new Member(new UUID(seed(random), i), null, "membre " + i,
                    enterprise ? OrganisationKind.ENTERPRISE : supportKinds[random.nextInt(supportKinds.length)],
                    enterprise ? SizeClass.values()[random.nextInt(SizeClass.values().length)] : null,
                    enterprise && random.nextBoolean() ? MemberRole.CORE_GROUP : (enterprise ? MemberRole.MEMBER : MemberRole.SUPPORT),
                    abroad ? Region.ABROAD : Region.WALLONIA, abroad ? "FR" : "BE", !abroad, group, List.of("25.11"),
                    1 + random.nextInt(400), false, null));
        }
        int relationCount = random.nextInt(memberCount * 2 + 1);
        List<Relation> relations = new ArrayList<>(relationCount);
        for (int r = 0; r < relationCount; r++) {
            UUID from = members.get(random.nextInt(memberCount)).organisationId();
            UUID to = random.nextInt(20) == 0 ? UUID.randomUUID() : members.get(random.nextInt(memberCount)).organisationId();
            relations.add(randomRelation(random, from, to));
        }
        return new DossierSnapshot("Cluster aléatoire", null, Scheme.ECONOMIC_CLUSTER, EntryVolet.VALIDATION,
                new Focus(FocusKind.MARKET, "mécanique", null), members, relations, List.of(), List.of(), List.of(), null, null,
                null);
    }

    /** The dossier with one more independent (no group) Walloon SME, tied to one to three of the members. */
    private static DossierSnapshot withNewEnterprise(DossierSnapshot dossier, Random random) {
        UUID newcomer = UUID.randomUUID();
        List<Member> members = new ArrayList<>(dossier.members());
        members.add(new Member(newcomer, null, "nouvelle PME", OrganisationKind.ENTERPRISE, SizeClass.SMALL,
                random.nextBoolean() ? MemberRole.CORE_GROUP : MemberRole.MEMBER, Region.WALLONIA, "BE", true, null,
                List.of("25.62"), 12, false, null));
        List<Relation> relations = new ArrayList<>(dossier.relations());
        int ties = 1 + random.nextInt(3);
        for (int t = 0; t < ties; t++) {
            UUID partner = dossier.members().get(random.nextInt(dossier.members().size())).organisationId();
            relations.add(random.nextBoolean() ? randomRelation(random, newcomer, partner) : randomRelation(random, partner, newcomer));
        }
        return new DossierSnapshot(dossier.name(), dossier.acronym(), dossier.scheme(), dossier.entryVolet(), dossier.focus(),
                members, relations, dossier.objectives(), dossier.expectedGains(), dossier.actions(), dossier.governance(),
                dossier.animator(), dossier.privateContributionsPerYear());
    }

    private static Relation randomRelation(Random random, UUID from, UUID to) {
        RelationKind[] kinds = RelationKind.values();
        return new Relation(from, to, kinds[random.nextInt(kinds.length)], null, random.nextBoolean());
    }

    private static long seed(Random random) {
        return random.nextLong();
    }
}
