package io.jk6.grpc.client;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of one call's messages as they go on the wire: each message is framed by 5 bytes (a compression
 * flag and a length), uncompressed here. Counted by the marshaller, read at the call's end.
 */
public final class WireCount {

    private static final int FRAME = 5;

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong received = new AtomicLong();

    void sent(int messageBytes) {
        sent.addAndGet(messageBytes + FRAME);
    }

    void received(int messageBytes) {
        received.addAndGet(messageBytes + FRAME);
    }

    public long sent() {
        return sent.get();
    }

    public long received() {
        return received.get();
    }
}
