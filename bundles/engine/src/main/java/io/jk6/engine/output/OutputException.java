package io.jk6.engine.output;

/** An output could not be created or started: the test run does not start. */
public final class OutputException extends Exception {

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
