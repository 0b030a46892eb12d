package be.wallonie.clusters.funding.adapter.out.persistence;

import be.wallonie.clusters.funding.application.port.out.FundingFilePort;
import be.wallonie.clusters.funding.domain.file.Beneficiary;
import be.wallonie.clusters.funding.domain.file.CoreGroup;
import be.wallonie.clusters.funding.domain.file.FundedPeriod;
import be.wallonie.clusters.funding.domain.file.FundingFile;
import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.schedule.FundingInputs;
import be.wallonie.clusters.funding.domain.schedule.PoleProject;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Funding files as JSON documents of their inputs, one row per cluster (plain JDBC in the caller's transaction). */
@ApplicationScoped
class FundingFilePersistenceAdapter implements FundingFilePort {

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    FundingFilePersistenceAdapter(AgroalDataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    /** The stored form of a file; amounts as exact decimals. */
    record FileDocument(String clusterName, BeneficiaryDoc beneficiary, String agrementScheme, List<PeriodDoc> periods,
            PreparationDoc preparation, BigDecimal animatorYearlyCost, BigDecimal yearlyContributions,
            Map<Integer, BigDecimal> declaredCosts, Map<Integer, BigDecimal> declaredContributions, Set<UUID> coreGroup,
            List<ProjectDoc> poleProjects, Set<String> coreGroupEnterpriseNumbers) {
    }

    record ProjectDoc(UUID id, String kind, String title, int callYear, LocalDate start, LocalDate end, BigDecimal budget,
            BigDecimal privateContributions) {
    }

    record BeneficiaryDoc(UUID organisationId, String enterpriseNumber, String name) {
    }

    record PeriodDoc(UUID agrementId, int number, LocalDate start, LocalDate end, boolean expired) {
    }

    record PreparationDoc(UUID supportId, LocalDate start, LocalDate end, BigDecimal yearlyCost, LocalDate endedOn,
            String endReason) {
    }

    @Override
    public Optional<FundingFile> loadFundingFileForUpdate(UUID dossierId) {
        return load(dossierId, "select document from funding_file where dossier_id = ? for update");
    }

    @Override
    public Optional<FundingFile> loadFundingFile(UUID dossierId) {
        return load(dossierId, "select document from funding_file where dossier_id = ?");
    }

    private Optional<FundingFile> load(UUID dossierId, String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, dossierId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(toDomain(dossierId, json.readValue(rs.getString(1), FileDocument.class))) : Optional.empty();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read the funding file of " + dossierId, e);
        }
    }

    @Override
    public void saveFundingFile(FundingFile file) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into funding_file (dossier_id, cluster_name, document, opened_at, updated_at) values (?, ?, ?, ?, ?)
                on conflict (dossier_id) do update set cluster_name = excluded.cluster_name, document = excluded.document,
                    updated_at = excluded.updated_at""")) {
            Timestamp now = Timestamp.from(clock.instant());
            ps.setObject(1, file.dossierId());
            ps.setString(2, file.clusterName());
            ps.setString(3, json.writeValueAsString(toDocument(file)));
            ps.setTimestamp(4, now);
            ps.setTimestamp(5, now);
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot save the funding file of " + file.dossierId(), e);
        }
    }

    static FileDocument toDocument(FundingFile f) {
        Beneficiary b = f.beneficiary();
        FundingFile.PreparationSupport p = f.preparation();
        return new FileDocument(f.clusterName(), b == null ? null : new BeneficiaryDoc(b.organisationId(), b.enterpriseNumber(), b.name()),
                f.agrementScheme() == null ? null : f.agrementScheme().name(),
                f.periods().stream().map(x -> new PeriodDoc(x.agrementId(), x.number(), x.start(), x.end(), x.expired())).toList(),
                p == null ? null : new PreparationDoc(p.supportId(), p.start(), p.end(), p.yearlyCost().amount(), p.endedOn(),
                        p.endReason() == null ? null : p.endReason().name()),
                f.animatorYearlyCost().amount(), f.yearlyContributions().amount(), amounts(f.declaredCosts()),
                amounts(f.declaredContributions()), new TreeSet<>(f.coreGroup().organisationIds()),
                f.poleProjects().stream().map(x -> new ProjectDoc(x.id(), x.kind().name(), x.title(), x.callYear(), x.start(), x.end(),
                        x.budget().amount(), x.privateContributions().amount())).toList(),
                new TreeSet<>(f.coreGroup().enterpriseNumbers()));
    }

    static FundingFile toDomain(UUID dossierId, FileDocument d) {
        BeneficiaryDoc b = d.beneficiary();
        PreparationDoc p = d.preparation();
        return new FundingFile(dossierId, d.clusterName(),
                b == null ? null : new Beneficiary(b.organisationId(), b.enterpriseNumber(), b.name()),
                d.agrementScheme() == null ? null : SchemeCode.valueOf(d.agrementScheme()),
                d.periods().stream().map(x -> new FundedPeriod(x.agrementId(), x.number(), x.start(), x.end(), x.expired())).toList(),
                p == null ? null : new FundingFile.PreparationSupport(p.supportId(), p.start(), p.end(), new Money(p.yearlyCost()),
                        p.endedOn(), p.endReason() == null ? null : FundingInputs.CutReason.valueOf(p.endReason())),
                new Money(d.animatorYearlyCost()), new Money(d.yearlyContributions()), money(d.declaredCosts()),
                money(d.declaredContributions()), CoreGroup.of(d.coreGroup(), d.coreGroupEnterpriseNumbers()),
                d.poleProjects() == null ? List.of() : d.poleProjects().stream().map(x -> new PoleProject(x.id(),
                        PoleProject.Kind.valueOf(x.kind()), x.title(), x.callYear(), x.start(), x.end(), new Money(x.budget()),
                        new Money(x.privateContributions()))).toList());
    }

    private static Map<Integer, BigDecimal> amounts(Map<Integer, Money> m) {
        return m.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().amount(), (a, b) -> b, TreeMap::new));
    }

    private static TreeMap<Integer, Money> money(Map<Integer, BigDecimal> m) {
        return m.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new Money(e.getValue()), (a, b) -> b, TreeMap::new));
    }
}
