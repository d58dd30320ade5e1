package io.jk6.ws.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The pings a socket sent, numbered as k6 numbers them (0, 1, 2... as the payload), for {@code ws_ping}. */
public final class Pings {

    private final Map<String, Instant> sent = new HashMap<>();
    private int counter;

    /** The payload of the next ping, sent now (its pong may come back before the send says it is done). */
    public byte[] next() {
        String id = Integer.toString(counter++);
        sent.put(id, Instant.now());
        return id.getBytes(StandardCharsets.US_ASCII);
    }

    /** When the ping this pong answers was sent; null for a pong we did not ask for. */
    public Instant answered(byte[] pong) {
        return sent.remove(new String(pong, StandardCharsets.US_ASCII));
    }
}
