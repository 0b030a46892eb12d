package be.wallonie.clusters.evaluation.application.port.in;

import java.util.List;
import java.util.UUID;

/** Refusals of the session use cases that the domain cannot know (other records, versions). */
public final class ComiteSessionExceptions {

    private ComiteSessionExceptions() {
    }

    public static class SessionNotFoundException extends RuntimeException {
        private final UUID id;

        public SessionNotFoundException(UUID id) {
            super("no Comité session " + id);
            this.id = id;
        }

        public UUID id() {
            return id;
        }
    }

    public static class StaleSessionException extends RuntimeException {
        private final long currentVersion;

        public StaleSessionException(long expected, long currentVersion) {
            super("expected version " + expected + " but the session is at " + currentVersion);
            this.currentVersion = currentVersion;
        }

        public long currentVersion() {
            return currentVersion;
        }
    }

    /** The agenda names cases this service has no evaluation case for. */
    public static class UnknownCasesException extends RuntimeException {
        private final List<UUID> caseIds;

        public UnknownCasesException(List<UUID> caseIds) {
            super("unknown evaluation cases " + caseIds);
            this.caseIds = List.copyOf(caseIds);
        }

        public List<UUID> caseIds() {
            return caseIds;
        }
    }

    /** The attendance names experts the Comité has no record of. */
    public static class UnknownExpertsException extends RuntimeException {
        private final List<UUID> expertIds;

        public UnknownExpertsException(List<UUID> expertIds) {
            super("unknown experts " + expertIds);
            this.expertIds = List.copyOf(expertIds);
        }

        public List<UUID> expertIds() {
            return expertIds;
        }
    }

    /** A case is already on the agenda of another open session. */
    public static class CaseOnAnotherSessionException extends RuntimeException {
        private final UUID caseId;
        private final UUID otherSessionId;

        public CaseOnAnotherSessionException(UUID caseId, UUID otherSessionId) {
            super("case " + caseId + " is on open session " + otherSessionId);
            this.caseId = caseId;
            this.otherSessionId = otherSessionId;
        }

        public UUID caseId() {
            return caseId;
        }

        public UUID otherSessionId() {
            return otherSessionId;
        }
    }
}
