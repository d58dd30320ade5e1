package io.jk6.engine.run;

/**
 * Where a test run is in its life, as k6's {@code lib.ExecutionStatus}: the REST API's
 * {@code status} attribute is the constant's {@link #code()}, k6's number for it.
 */
public enum ExecutionStatus {
    CREATED,
    INIT_VUS,
    INIT_EXECUTORS,
    INIT_DONE,
    /** Started with {@code --paused}: VUs initialized, waiting to be resumed before {@code setup()}. */
    PAUSED_BEFORE_RUN,
    STARTED,
    SETUP,
    RUNNING,
    TEARDOWN,
    ENDED,
    /** Stopped before its end: a signal, the REST API, the script's abort. */
    INTERRUPTED,
    /** Ended, and the script marked the test as failed ({@code exec.test.fail()}); k6 v1.5 added it. */
    MARKED_AS_FAILED;

    /** Whether the test is over: nothing runs any more, a stop changes nothing. */
    public boolean isFinal() {
        return this == ENDED || this == INTERRUPTED || this == MARKED_AS_FAILED;
    }

    /** k6's number: the order of its constants, from 0. */
    public int code() {
        return ordinal();
    }
}
