package io.jk6.k6.common;

/**
 * An error a script sees as a JS exception whose {@code message} is this exception's message.
 * The engine prints it with the script location, so the message is all the text the user gets:
 * it names what went wrong in k6's words.
 */
public final class ScriptError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScriptError(String message) {
        // No stack trace: it points into this bundle, never at the script, and fail() in a
        // hot loop should stay cheap.
        super(message, null, false, false);
    }

    public ScriptError(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
