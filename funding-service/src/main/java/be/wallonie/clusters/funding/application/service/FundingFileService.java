package be.wallonie.clusters.funding.application.service;

import be.wallonie.clusters.funding.application.port.in.GetFundingFileQuery;
import be.wallonie.clusters.funding.application.port.in.RecordFileChangeUseCase;
import be.wallonie.clusters.funding.application.port.in.ScheduleFeedQuery;
import be.wallonie.clusters.funding.application.port.out.FundingFilePort;
import be.wallonie.clusters.funding.application.port.out.LoadPolicyBookPort;
import be.wallonie.clusters.funding.application.port.out.PublishFundingEventsPort;
import be.wallonie.clusters.funding.application.port.out.ScheduleStorePort;
import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.file.FileChange;
import be.wallonie.clusters.funding.domain.file.FundingFile;
import be.wallonie.clusters.funding.domain.schedule.FundingCalculator;
import be.wallonie.clusters.funding.domain.schedule.FundingInputs;
import be.wallonie.clusters.funding.domain.schedule.FundingSchedule;
import be.wallonie.clusters.funding.domain.scheme.PolicyBook;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps each cluster's funding file and its schedules in step with the registry. A schedule is recomputed
 * only when its inputs changed (same inputs, same schedule: nothing stored, nothing announced), with the
 * scheme version in force on the computation date; earlier versions are never rewritten.
 */
@ApplicationScoped
public class FundingFileService implements RecordFileChangeUseCase, GetFundingFileQuery, ScheduleFeedQuery {

    private final FundingFilePort files;
    private final ScheduleStorePort schedules;
    private final LoadPolicyBookPort policy;
    private final PublishFundingEventsPort events;
    private final Clock clock;
    private final FundingCalculator calculator = new FundingCalculator();

    public FundingFileService(FundingFilePort files, ScheduleStorePort schedules, LoadPolicyBookPort policy,
            PublishFundingEventsPort events, Clock clock) {
        this.files = files;
        this.schedules = schedules;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<ComputedSchedule> recordFileChange(FileChange change) {
        FundingFile before = files.loadFundingFileForUpdate(change.dossierId()).orElseGet(() -> FundingFile.open(change.dossierId()));
        FundingFile after = change.applyTo(before);
        files.saveFundingFile(after);
        LocalDate today = LocalDate.now(clock);
        PolicyBook book = null;
        List<ComputedSchedule> computed = new ArrayList<>();
        for (FundingInputs inputs : after.scheduleInputs()) {
            Optional<String> latest = schedules.latestInputsFingerprint(after.dossierId(), inputs.scheme());
            if (latest.isPresent() && latest.get().equals(inputs.fingerprint())) {
                continue;
            }
            book = book == null ? policy.loadPolicyBook() : book;
            SchemeVersion version = book.findVersionAt(inputs.scheme(), today).orElseThrow(() -> new IllegalStateException(
                    "no version of scheme " + inputs.scheme() + " is in force on " + today));
            FundingSchedule schedule = calculator.compute(inputs, version, today);
            ComputedSchedule stored = schedules.appendSchedule(schedule, change.reason(), clock.instant());
            events.scheduleComputed(stored);
            computed.add(stored);
        }
        return computed;
    }

    @Override
    public Optional<FundingFile> fundingFile(UUID dossierId) {
        return files.loadFundingFile(dossierId);
    }

    @Override
    public List<ComputedSchedule> schedulesOf(UUID dossierId) {
        return schedules.schedulesOf(dossierId);
    }

    @Override
    public List<ComputedSchedule> scheduleVersionsAfter(long afterPosition, int limit) {
        return schedules.scheduleVersionsAfter(afterPosition, limit);
    }

    @Override
    public List<Commitment> commitments(int fromYear, int toYear, Optional<SchemeCode> scheme) {
        return schedules.commitments(fromYear, toYear, scheme);
    }

    @Override
    public List<CurrentSchedule> currentSchedules(Optional<SchemeCode> scheme) {
        return schedules.currentSchedules(scheme);
    }
}
