package io.jk6.ws.client;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes one socket sent and received, for k6's {@code data_sent} and {@code data_received}: the
 * handshake as jk6 writes it and the server's answer as the protocol has it, then every frame by its
 * payload and header. The JDK's client does not show its socket, so these are counted, not read off it.
 */
public final class WireCount {

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong received = new AtomicLong();

    /** A frame of ours carrying {@code payload} bytes. */
    public void sent(long payload) {
        sent.addAndGet(Frames.size(payload, true));
    }

    /** A frame of the server's carrying {@code payload} bytes. */
    public void received(long payload) {
        received.addAndGet(Frames.size(payload, false));
    }

    void handshake(long request, long response) {
        sent.addAndGet(request);
        received.addAndGet(response);
    }

    public long sent() {
        return sent.get();
    }

    public long received() {
        return received.get();
    }
}
