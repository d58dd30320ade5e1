package io.jk6.api.runner;

import java.util.Objects;

/**
 * A test that could not be loaded, archived, inspected or started: its {@link #outcome()} holds
 * k6's exit code, and the engine has logged the reason where the test logs.
 */
public final class TestFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final TestOutcome outcome;

    public TestFailure(TestOutcome outcome) {
        super(Objects.requireNonNull(outcome, "outcome").reason(), null, false, false);
        this.outcome = outcome;
    }

    /** The exit code, reason and hint, as logged. */
    public TestOutcome outcome() {
        return outcome;
    }
}
