package io.jk6.http.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http2.config.H2Param;
import org.apache.hc.core5.http2.frame.FrameFlag;
import org.apache.hc.core5.http2.frame.FrameType;
import org.apache.hc.core5.http2.frame.RawFrame;
import org.apache.hc.core5.http2.hpack.HPackDecoder;
import org.apache.hc.core5.http2.hpack.HPackException;
import org.apache.hc.core5.http2.impl.io.FrameInputBuffer;
import org.apache.hc.core5.util.ByteArrayBuffer;

/**
 * The reading side of an {@link H2Connection}, run by its own virtual thread for as long as the
 * connection lives: reads every frame, keeps the HPACK decoder and the receive windows, and
 * hands heads, bodies and resets to the streams, stamped with when they arrived.
 */
final class H2Inbound implements Runnable {

    private final H2Connection connection;
    private final InputStream in;
    private final FrameInputBuffer frames = new FrameInputBuffer(H2Connection.MAX_FRAME);
    private final HPackDecoder decoder = new HPackDecoder(4096, StandardCharsets.UTF_8);
    /** Body bytes received on the connection and not yet given back to the server's window. */
    private int unacknowledged;
    /** A header block being continued in CONTINUATION frames, or null. */
    private ByteArrayBuffer headerBlock;
    private int headerBlockStream;
    private boolean headerBlockEndsStream;

    H2Inbound(H2Connection connection, InputStream in) {
        this.connection = connection;
        this.in = in;
    }

    @Override
    public void run() {
        try {
            while (true) {
                RawFrame frame = frames.read(in);
                if (frame == null) {
                    throw new ConnectionClosedException("Connection closed");
                }
                handle(frame, System.nanoTime());
            }
        } catch (IOException e) {
            connection.fail(e);
        } catch (RuntimeException e) {
            connection.fail(new IOException(e));
        }
    }

    private void handle(RawFrame frame, long nowNanos) throws IOException {
        if (headerBlock != null && !frame.isType(FrameType.CONTINUATION)) {
            throw H2Failure.protocol("expected CONTINUATION frame, got " + FrameType.toString(frame.getType()));
        }
        int size = 9 + frame.getLength();
        FrameType type = FrameType.valueOf(frame.getType());
        if (type == null) {
            connection.overhead(size);
            return; // unknown frame types are ignored (RFC 9113 section 4.1)
        }
        switch (type) {
            case DATA -> onData(frame, size, nowNanos);
            case HEADERS -> {
                ByteBuffer payload = frame.getPayloadContent();
                if (frame.isFlagSet(FrameFlag.PRIORITY)) {
                    payload.position(payload.position() + 5); // stream dependency and weight
                }
                headerBlock = new ByteArrayBuffer(Math.max(64, payload.remaining()));
                headerBlockStream = frame.getStreamId();
                headerBlockEndsStream = frame.isFlagSet(FrameFlag.END_STREAM);
                onHeaderBlock(payload, frame, size, nowNanos);
            }
            case CONTINUATION -> {
                if (headerBlock == null || frame.getStreamId() != headerBlockStream) {
                    throw H2Failure.protocol("unexpected CONTINUATION frame");
                }
                onHeaderBlock(frame.getPayload(), frame, size, nowNanos);
            }
            case SETTINGS -> onSettings(frame, size);
            case PING -> {
                connection.overhead(size);
                if (!frame.isFlagSet(FrameFlag.ACK)) {
                    connection.writeControl(H2Connection.FRAMES.createPingAck(frame.getPayload()));
                }
            }
            case WINDOW_UPDATE -> {
                int increment = frame.getPayload().getInt() & 0x7fffffff;
                if (frame.getStreamId() == 0) {
                    connection.overhead(size);
                    connection.growSendWindow(increment);
                } else {
                    connection.update(frame.getStreamId(), size, stream -> stream.sendWindow += increment);
                }
            }
            case RST_STREAM -> {
                int code = frame.getPayload().getInt();
                connection.update(frame.getStreamId(), size,
                        stream -> stream.failure = H2Failure.streamReset(stream.id, code));
            }
            case GOAWAY -> {
                connection.overhead(size);
                ByteBuffer payload = frame.getPayload();
                int lastStreamId = payload.getInt() & 0x7fffffff;
                connection.goAway(lastStreamId, payload.getInt());
            }
            case PUSH_PROMISE -> throw H2Failure.protocol("server pushed though push is disabled");
            default -> connection.overhead(size); // PRIORITY: advice for servers
        }
    }

    private void onData(RawFrame frame, int size, long nowNanos) throws IOException {
        int length = frame.getLength();
        ByteBuffer content = frame.getPayloadContent();
        boolean end = frame.isFlagSet(FrameFlag.END_STREAM);
        int[] streamUpdate = {0};
        connection.update(frame.getStreamId(), size, stream -> {
            if (content != null) {
                stream.body.write(content.array(), content.arrayOffset() + content.position(), content.remaining());
            }
            if (end) {
                stream.ended = true;
                stream.endNanos = nowNanos;
            } else {
                stream.unacknowledged += length;
                if (stream.unacknowledged >= H2Connection.RECEIVE_WINDOW / 2) {
                    streamUpdate[0] = stream.unacknowledged;
                    stream.unacknowledged = 0;
                }
            }
        });
        if (streamUpdate[0] > 0) {
            connection.writeControl(H2Connection.FRAMES.createWindowUpdate(frame.getStreamId(), streamUpdate[0]));
        }
        // The connection's window counts every DATA frame, also those of streams given up on.
        unacknowledged += length;
        if (unacknowledged >= H2Connection.RECEIVE_WINDOW / 2) {
            connection.writeControl(H2Connection.FRAMES.createWindowUpdate(0, unacknowledged));
            unacknowledged = 0;
        }
    }

    private void onHeaderBlock(ByteBuffer fragment, RawFrame frame, int size, long nowNanos) throws IOException {
        if (fragment != null) {
            byte[] bytes = new byte[fragment.remaining()];
            fragment.get(bytes);
            headerBlock.append(bytes, 0, bytes.length);
        }
        if (!frame.isFlagSet(FrameFlag.END_HEADERS)) {
            connection.update(headerBlockStream, size, stream -> { });
            return;
        }
        // Every block is decoded, for a stream in flight or not: HPACK's table is the connection's.
        List<Header> decoded;
        try {
            decoded = decoder.decodeHeaders(ByteBuffer.wrap(headerBlock.array(), 0, headerBlock.length()));
        } catch (HPackException e) {
            throw H2Failure.protocol("invalid header block: " + e.getMessage());
        }
        headerBlock = null;
        int status = H2Headers.status(decoded);
        Header[] regular = H2Headers.regular(decoded);
        boolean endsStream = headerBlockEndsStream;
        connection.update(headerBlockStream, size, stream -> {
            if (stream.headers == null && status >= 200) {
                stream.status = status;
                stream.headers = regular;
                stream.headNanos = nowNanos;
            } else if (stream.headers == null && status == 0) {
                stream.failure = H2Failure.protocol("response head without :status");
            } // else 1xx, to skip, or trailers, which k6 does not show
            if (endsStream) {
                stream.ended = true;
                stream.endNanos = nowNanos;
            }
        });
    }

    private void onSettings(RawFrame frame, int size) throws IOException {
        connection.overhead(size);
        if (frame.isFlagSet(FrameFlag.ACK)) {
            return;
        }
        int initialWindow = -1;
        int tableSize = -1;
        ByteBuffer payload = frame.getPayload();
        while (payload != null && payload.remaining() >= 6) {
            int id = payload.getShort() & 0xffff;
            int value = payload.getInt();
            if (id == H2Param.INITIAL_WINDOW_SIZE.getCode()) {
                initialWindow = value;
            } else if (id == H2Param.HEADER_TABLE_SIZE.getCode()) {
                tableSize = Math.min(value, 4096);
            }
        }
        connection.applySettings(initialWindow, tableSize);
    }
}
