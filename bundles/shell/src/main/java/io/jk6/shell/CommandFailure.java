package io.jk6.shell;

/**
 * A command failed with an exit code of its own (k6's: 104 invalid options, 107 script error,
 * ...), which {@code jk6 shell -c} exits with. What went wrong is already printed, or is the
 * message.
 */
final class CommandFailure extends RuntimeException {

    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
