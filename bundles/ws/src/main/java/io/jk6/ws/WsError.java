package io.jk6.ws;

/** What k6/ws's {@code error} handlers get: k6 hands them Go's error, whose text {@code e.error()} returns. */
public final class WsError {

    private final String message;

    WsError(String message) {
        this.message = message;
    }

    public String error() {
        return message;
    }

    @Override
    public String toString() {
        return message;
    }
}
