package io.jk6.ws.client;

import java.time.Instant;

/** What the network hands a VU's socket: whole messages, control frames, the end. Made on the client's threads. */
public sealed interface InboundEvent {

    /** When it arrived. */
    Instant at();

    /** A whole text message. */
    record Text(String data, Instant at) implements InboundEvent { }

    /** A whole binary message. */
    record Binary(byte[] data, Instant at) implements InboundEvent { }

    /** A ping from the server; the client has answered it with a pong. */
    record Ping(byte[] data, Instant at) implements InboundEvent { }

    /** A pong, the answer to one of our pings. */
    record Pong(byte[] data, Instant at) implements InboundEvent { }

    /** The server's close frame: the session is over (the client answers it). */
    record Closed(int code, String reason, Instant at) implements InboundEvent { }

    /** The connection broke or the server broke the protocol: the session is over. */
    record Failed(Throwable error, Instant at) implements InboundEvent { }
}
