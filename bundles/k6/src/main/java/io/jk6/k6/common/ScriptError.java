package io.jk6.k6.common;

/**
 * An error a script sees as a JS exception whose {@code message} is this exception's message.
 * The engine prints it with the script location, so the message is all the text the user gets:
 * it names what went wrong in k6's words.
 */
public final class ScriptError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScriptError(String message) {
        // No cause, not even null: GraalJS records the script's frames (file:line:col of the
        // call) by appending them to the end of the exception's cause chain, which it cannot do
        // once the cause is set. A cause of null set here made every error lose its location.
        super(message);
    }

    public ScriptError(String message, Throwable cause) {
        super(message, cause);
    }
}
