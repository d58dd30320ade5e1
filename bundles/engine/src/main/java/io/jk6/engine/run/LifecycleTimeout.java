package io.jk6.engine.run;

import java.time.Duration;

/**
 * {@code setup()} or {@code teardown()} ran longer than its {@code setupTimeout} or
 * {@code teardownTimeout}.
 *
 * @param function {@code setup} or {@code teardown}
 * @param limit    the time it had
 */
public record LifecycleTimeout(String function, Duration limit) {

    /** k6's error text: {@code setup() execution timed out after 60 seconds}. */
    public String message() {
        return function + "() execution timed out after " + (long) Math.rint(limit.toNanos() / 1e9) + " seconds";
    }

    /** k6's hint, naming the option that gives more time. */
    public String hint() {
        return "You can increase the time limit via the " + function + "Timeout option";
    }

    /** k6's exit code: 100 for setup, 101 for teardown. */
    public int exitCode() {
        return function.equals("setup") ? ExitCodes.SETUP_TIMEOUT : ExitCodes.TEARDOWN_TIMEOUT;
    }
}
