package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.session.ComiteSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What the Comité's secretariat records about a selection session; each change names the version it was made on. */
public final class ComiteSessionCommands {

    private ComiteSessionCommands() {
    }

    public record PlanComiteSessionCommand(LocalDate meetingDate, UUID registrySessionId, String plannedBy) {
        public PlanComiteSessionCommand {
            Objects.requireNonNull(meetingDate, "meetingDate");
            Objects.requireNonNull(plannedBy, "plannedBy");
        }
    }

    public record SetAgendaCommand(UUID sessionId, long expectedVersion, List<UUID> caseIds) {
        public SetAgendaCommand {
            Objects.requireNonNull(sessionId, "sessionId");
            caseIds = List.copyOf(caseIds);
        }
    }

    public record RecordAttendanceCommand(UUID sessionId, long expectedVersion, List<UUID> expertIds) {
        public RecordAttendanceCommand {
            Objects.requireNonNull(sessionId, "sessionId");
            expertIds = List.copyOf(expertIds);
        }
    }

    public record RecordRecusalsCommand(UUID sessionId, UUID caseId, long expectedVersion, List<ComiteSession.Recusal> recusals,
            String recordedBy) {
        public RecordRecusalsCommand {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(recordedBy, "recordedBy");
            recusals = List.copyOf(recusals);
        }
    }

    public record WriteMinutesCommand(UUID sessionId, long expectedVersion, String text) {
        public WriteMinutesCommand {
            Objects.requireNonNull(sessionId, "sessionId");
        }
    }

    public record CloseComiteSessionCommand(UUID sessionId, long expectedVersion, String closedBy) {
        public CloseComiteSessionCommand {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(closedBy, "closedBy");
        }
    }

    /** Who reads: the secretariat reads every record, an expert those it attends, the Region and the Cellule closed ones. */
    public record Reader(boolean readsAll, UUID expertId, boolean closedOnly) {
        public static Reader secretariat() {
            return new Reader(true, null, false);
        }

        public static Reader expert(UUID expertId) {
            return new Reader(false, expertId, false);
        }

        public static Reader closedRecords() {
            return new Reader(false, null, true);
        }

        public boolean mayRead(ComiteSession s) {
            return readsAll || (expertId != null && s.attendees().contains(expertId)) || (closedOnly && !s.isOpen());
        }

        /** The part of a readable record this reader sees (Region/Cellule: published results; an expert: own recusals). */
        public ComiteSession view(ComiteSession s) {
            if (readsAll) {
                return s;
            }
            if (expertId != null) {
                return s.seenByExpert(expertId);
            }
            return s.publishedResults();
        }
    }

    public record ComiteSessionFilter(ComiteSession.Status status, LocalDate from, LocalDate to, Reader reader, int page, int size) {
        public ComiteSessionFilter {
            Objects.requireNonNull(reader, "reader");
        }
    }
}
