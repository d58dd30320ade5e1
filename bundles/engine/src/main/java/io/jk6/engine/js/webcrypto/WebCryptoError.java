package io.jk6.engine.js.webcrypto;

/**
 * A WebCrypto failure with its {@code DOMException} name ({@code NotSupportedError},
 * {@code InvalidAccessError}, {@code SyntaxError}, {@code OperationError}, {@code DataError},
 * {@code TypeError}): the Promise of the operation is rejected with an {@code Error} of that name
 * and message, as k6's webcrypto module rejects with its {@code Error{name, message}}.
 */
final class WebCryptoError extends RuntimeException {

    private final String name;

    private WebCryptoError(String name, String message, Throwable cause) {
        super(message, cause, false, false);
        this.name = name;
    }

    String name() {
        return name;
    }

    static WebCryptoError notSupported(String message) {
        return new WebCryptoError("NotSupportedError", message, null);
    }

    static WebCryptoError invalidAccess(String message) {
        return new WebCryptoError("InvalidAccessError", message, null);
    }

    static WebCryptoError syntax(String message) {
        return new WebCryptoError("SyntaxError", message, null);
    }

    static WebCryptoError operation(String message) {
        return new WebCryptoError("OperationError", message, null);
    }

    static WebCryptoError operation(String message, Throwable cause) {
        return new WebCryptoError("OperationError", message + ": " + cause.getMessage(), cause);
    }

    static WebCryptoError data(String message) {
        return new WebCryptoError("DataError", message, null);
    }

    static WebCryptoError data(String message, Throwable cause) {
        return new WebCryptoError("DataError", message + ": " + cause.getMessage(), cause);
    }

    static WebCryptoError type(String message) {
        return new WebCryptoError("TypeError", message, null);
    }
}
