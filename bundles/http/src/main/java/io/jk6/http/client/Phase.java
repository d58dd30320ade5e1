package io.jk6.http.client;

/** The phases of one request, in order, as k6 times them. */
public enum Phase {
    /** Waiting for a connection: DNS lookup, a pooled connection's check. */
    BLOCKED,
    /** TCP connect. */
    CONNECTING,
    /** TLS handshake. */
    TLS_HANDSHAKING,
    /** Writing the request head and body. */
    SENDING,
    /** Waiting for the response head: time to first byte. */
    WAITING,
    /** Reading the response body. */
    RECEIVING,
    /** The exchange is over, successfully or not. */
    DONE
}
