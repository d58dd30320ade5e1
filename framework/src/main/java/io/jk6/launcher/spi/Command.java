package io.jk6.launcher.spi;

/**
 * A command of the {@code jk6} command line, published as an OSGi service with the service
 * property {@value #NAME} (for example {@code run}). The launcher waits for it, calls
 * {@link #execute} once and exits with the returned code.
 */
public interface Command {

    /** Service property naming the command. */
    String NAME = "jk6.command";

    /**
     * Runs the command.
     *
     * @return the process exit code (k6's codes: 0, 99 thresholds failed, 104 invalid config,
     *         105 aborted by a signal, 107 script error, ...)
     */
    int execute(Invocation invocation);
}
