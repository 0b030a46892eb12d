package be.wallonie.clusters.evaluation.application.port.out;

/** The database refused a change that raced with another (a unique or foreign-key constraint). */
public class ConflictingChangeException extends RuntimeException {

    public ConflictingChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
