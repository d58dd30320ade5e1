package io.jk6.engine.secrets;

/**
 * One secret source of {@code --secret-source}, as k6's {@code secretsource.Source}: the value of a
 * secret by its key. Called from any thread; may block (the url source asks a server).
 */
public interface SecretSource {

    /** @throws SecretException with k6's text ({@code no value}) when the source cannot give it */
    String get(String key) throws SecretException;

    /** What went wrong getting or configuring a secret, in k6's words. */
    public final class SecretException extends Exception {
        SecretException(String message) {
            super(message);
        }

        SecretException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
