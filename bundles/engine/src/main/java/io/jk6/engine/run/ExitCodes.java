package io.jk6.engine.run;

/**
 * k6's process exit codes (errext/exitcodes): those of a run's end come with its {@link RunOutcome},
 * the others from loading a test that fails before a run starts. The REST API's 106 is the CLI
 * bundle's, which binds it.
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int THRESHOLDS_FAILED = 99;
    /** The test was stopped through the REST API ({@code PATCH /v1/status} with {@code stopped}). */
    public static final int STOPPED_FROM_REST_API = 103;
    public static final int SETUP_TIMEOUT = 100;
    public static final int TEARDOWN_TIMEOUT = 101;
    public static final int INVALID_CONFIG = 104;
    public static final int EXTERNAL_ABORT = 105;
    public static final int SCRIPT_EXCEPTION = 107;
    /** The script called {@code exec.test.abort()}. */
    public static final int SCRIPT_ABORTED = 108;
    /** The script called {@code exec.test.fail()} and thresholds passed. */
    public static final int MARKED_AS_FAILED = 110;
    /** An error k6 gives no code of its own (e.g. an output that cannot start): -1 too. */
    public static final int GENERIC_ERROR = 255;
    /** Bad flags or a missing script: k6 (cobra) exits with -1. */
    public static final int USAGE = 255;

    private ExitCodes() {
    }
}
