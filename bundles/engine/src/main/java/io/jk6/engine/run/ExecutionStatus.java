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
    INTERRUPTED;

    /** k6's number: the order of its constants, from 0. */
    public int code() {
        return ordinal();
    }
}
