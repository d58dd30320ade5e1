package io.jk6.api.runner;

/**
 * How a test ended, as k6's {@code errext} says it: the process exit code (0, 99 thresholds
 * crossed, 104 invalid options, 105 stopped by a signal, 107 script error, 108 aborted by the
 * script...), the reason logged at error level and k6's hint on that line.
 *
 * @param exitCode k6's exit code
 * @param reason   what was logged, or null when nothing went wrong
 * @param hint     k6's {@code hint} field, or null
 */
public record TestOutcome(int exitCode, String reason, String hint) {

    /** True when the test passed: exit code 0. */
    public boolean passed() {
        return exitCode == 0;
    }
}
