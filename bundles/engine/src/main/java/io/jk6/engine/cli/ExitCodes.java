package io.jk6.engine.cli;

/** k6's process exit codes (errext/exitcodes). */
final class ExitCodes {

    static final int OK = 0;
    static final int THRESHOLDS_FAILED = 99;
    /** The test was stopped through the REST API ({@code PATCH /v1/status} with {@code stopped}). */
    static final int STOPPED_FROM_REST_API = 103;
    static final int INVALID_CONFIG = 104;
    static final int EXTERNAL_ABORT = 105;
    /** {@code --address} cannot be bound (taken, malformed). */
    static final int CANNOT_START_REST_API = 106;
    static final int SCRIPT_EXCEPTION = 107;
    /** The script called {@code exec.test.abort()}. */
    static final int SCRIPT_ABORTED = 108;
    /** The script called {@code exec.test.fail()} and thresholds passed. */
    static final int MARKED_AS_FAILED = 110;
    /** An error k6 gives no code of its own (e.g. an output that cannot start): -1 too. */
    static final int GENERIC_ERROR = 255;
    /** Bad flags or a missing script: k6 (cobra) exits with -1. */
    static final int USAGE = 255;

    private ExitCodes() {
    }
}
