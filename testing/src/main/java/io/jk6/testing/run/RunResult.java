package io.jk6.testing.run;

import java.time.Duration;

/** What a finished {@code jk6} command left: exit code, stdout, stderr, and how long it ran. */
public record RunResult(String command, int exitCode, String stdout, String stderr, Duration elapsed) {

    /** stdout and stderr, for messages that may go to either. */
    public String output() {
        return stdout + "\n" + stderr;
    }

    /** For assertion descriptions: everything jk6 printed. */
    @Override
    public String toString() {
        return "command: " + command + "\nexit code: " + exitCode + " after " + elapsed.toMillis() + " ms"
                + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
    }
}
