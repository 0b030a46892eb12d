package be.wallonie.clusters.localstack.demo;

/** The demo load stopped: the message names the dossier (or organisation, expert), the step and the service's answer. */
public final class DemoLoadException extends RuntimeException {

    public DemoLoadException(String message) {
        super(message);
    }
}
