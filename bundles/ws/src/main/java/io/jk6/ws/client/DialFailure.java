package io.jk6.ws.client;

import java.util.Map;

/**
 * A connection that did not open, with k6's error text ({@code dial tcp 127.0.0.1:1: connect: connection
 * refused}, {@code websocket: bad handshake}...) and, when the server answered the upgrade with something
 * else than 101, its status, headers and body.
 */
public final class DialFailure extends Exception {

    private final int status;
    private final Map<String, String> headers;
    private final String body;

    DialFailure(String message, int status, Map<String, String> headers, String body, Throwable cause) {
        super(message, cause, false, false);
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    static DialFailure of(String message, Throwable cause) {
        return new DialFailure(message, 0, Map.of(), "", cause);
    }

    /** A failure before any connection was tried (a bad URL). */
    public static DialFailure plain(String message) {
        return of(message, null);
    }

    /** The HTTP status the server answered with; 0 when there was no answer. */
    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String body() {
        return body;
    }
}
