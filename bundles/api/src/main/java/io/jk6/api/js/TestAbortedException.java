package io.jk6.api.js;

/**
 * Thrown by {@link VU#abortTest(String)} to end the calling JavaScript code at once, as k6's
 * {@code exec.test.abort()} interrupts its iteration. Modules let it propagate; the engine
 * recognizes it and does not log it as a script error.
 */
public final class TestAbortedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param reason k6's text: {@code test aborted} or {@code test aborted: <reason>} */
    public TestAbortedException(String reason) {
        // with its stack trace: GraalJS builds the script's frames of the error from it
        super(reason);
    }
}
