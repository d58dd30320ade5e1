package io.jk6.http.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLSocket;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http2.H2Error;
import org.apache.hc.core5.http2.config.H2Param;
import org.apache.hc.core5.http2.config.H2Setting;
import org.apache.hc.core5.http2.frame.DefaultFrameFactory;
import org.apache.hc.core5.http2.frame.FrameFactory;
import org.apache.hc.core5.http2.frame.RawFrame;
import org.apache.hc.core5.http2.hpack.HPackEncoder;
import org.apache.hc.core5.http2.impl.io.FrameOutputBuffer;
import org.apache.hc.core5.util.ByteArrayBuffer;

/**
 * An HTTP/2 connection (RFC 9113) on a TLS socket whose ALPN chose {@code h2}, shared by every
 * thread of one VU that sends to the host ({@code http.batch} multiplexes its requests onto it,
 * as Go's transport does). Each request is a stream: its thread writes the frames and waits; a
 * virtual thread per connection ({@link H2Inbound}) reads frames and hands them to the streams,
 * stamping when the response head and its end arrived so the phases are timed at the wire, not
 * at the wake-up.
 *
 * <p>Why this and not httpcore5-h2's async requester or {@code java.net.http}: both dial and
 * handshake by themselves, so k6's {@code connecting} and {@code tls_handshaking} could not be
 * timed apart, and {@code java.net.http} ignores the {@code hosts} option and refuses to send a
 * Host header. Here the socket is {@link HostConnection}'s, dialed and timed as for HTTP/1.1, and
 * httpcore5-h2 supplies only what is easy to get wrong: frame coding and HPACK.
 */
final class H2Connection {

    private static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    /** The frame size every peer accepts; we neither send nor accept larger frames. */
    static final int MAX_FRAME = 16_384;
    private static final int DEFAULT_WINDOW = 65_535;
    /** The receive window per stream and for the connection: Go's transport grants 4 MiB per stream. */
    static final int RECEIVE_WINDOW = 4 << 20;
    static final FrameFactory FRAMES = DefaultFrameFactory.INSTANCE;

    /** The final response of one stream, and the bytes its frames took on the connection. */
    record Response(int status, Header[] headers, byte[] body, long sentBytes, long receivedBytes) {
    }

    private final SSLSocket socket;
    private final OutputStream out;
    private final FrameOutputBuffer writer = new FrameOutputBuffer(MAX_FRAME);
    /** Frames, the encoder's table and stream ids go out in one order: all under this lock. */
    private final ReentrantLock writeLock = new ReentrantLock();
    private final HPackEncoder encoder = new HPackEncoder(4096, StandardCharsets.UTF_8);
    /** Written under the write lock; volatile for {@link #reusable()}. */
    private volatile int nextStreamId = 1;
    /**
     * Guards the streams, the send windows and the connection's state; signalled on every change.
     * Taken after {@link #writeLock} or alone, never the other way round.
     */
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Integer, H2Stream> streams = new HashMap<>();
    private long sendWindow = DEFAULT_WINDOW;
    private int peerInitialWindow = DEFAULT_WINDOW;
    private IOException closedBy;
    private boolean goneAway;
    private boolean retired;
    /** Bytes of connection-level frames (preface, settings, pings...), charged to the next request to finish. */
    private final AtomicLong unchargedSent = new AtomicLong();
    private final AtomicLong unchargedReceived = new AtomicLong();

    /** Starts the connection: sends the preface and our settings, and starts reading. */
    H2Connection(SSLSocket socket) throws IOException {
        this.socket = socket;
        InputStream in = socket.getInputStream();
        this.out = socket.getOutputStream();
        socket.setSoTimeout(0); // the reader waits for frames as long as the connection lives
        out.write(PREFACE);
        unchargedSent.addAndGet(PREFACE.length);
        writeControl(FRAMES.createSettings(new H2Setting(H2Param.ENABLE_PUSH, 0),
                new H2Setting(H2Param.INITIAL_WINDOW_SIZE, RECEIVE_WINDOW),
                new H2Setting(H2Param.MAX_FRAME_SIZE, MAX_FRAME)));
        writeControl(FRAMES.createWindowUpdate(0, RECEIVE_WINDOW - DEFAULT_WINDOW));
        Thread.ofVirtual().name("jk6-h2-reader").start(new H2Inbound(this, in));
    }

    /**
     * Sends one request on a new stream and waits for its whole response, moving {@code timings}
     * through sending, waiting (until the final response head arrived) and receiving (until the
     * stream ended). A timeout cancels the stream and leaves the connection to the others.
     */
    Response exchange(List<Header> head, byte[] body, long deadlineNanos, ExchangeTimings timings)
            throws IOException {
        boolean hasBody = body != null && body.length > 0;
        timings.enter(Phase.SENDING);
        H2Stream stream = open(head, !hasBody);
        try {
            if (hasBody) {
                sendBody(stream, body, deadlineNanos);
            }
            timings.enter(Phase.WAITING);
            await(stream, deadlineNanos, false);
            timings.enter(Phase.RECEIVING, stream.headNanos);
            await(stream, deadlineNanos, true);
            timings.enter(Phase.DONE, stream.endNanos);
            return new Response(stream.status, stream.headers, stream.body.toByteArray(),
                    stream.sent + unchargedSent.getAndSet(0), stream.received + unchargedReceived.getAndSet(0));
        } catch (SocketTimeoutException e) {
            cancel(stream);
            throw e;
        } finally {
            finished(stream);
        }
    }

    private H2Stream open(List<Header> head, boolean endStream) throws IOException {
        ByteArrayBuffer block = new ByteArrayBuffer(256);
        writeLock.lock();
        try {
            H2Stream stream;
            lock.lock();
            try {
                if (closedBy != null || goneAway || retired || nextStreamId < 0) {
                    throw H2Failure.notUsable(); // nothing of the request went out yet
                }
                stream = new H2Stream(nextStreamId, peerInitialWindow);
                streams.put(stream.id, stream);
            } finally {
                lock.unlock();
            }
            nextStreamId += 2;
            encoder.encodeHeaders(block, head, true);
            int offset = 0;
            do {
                int n = Math.min(MAX_FRAME, block.length() - offset);
                ByteBuffer chunk = ByteBuffer.wrap(block.array(), offset, n);
                boolean last = offset + n == block.length();
                stream.sent += write(offset == 0 ? FRAMES.createHeaders(stream.id, chunk, last, endStream)
                        : FRAMES.createContinuation(stream.id, chunk, last));
                offset += n;
            } while (offset < block.length());
            if (endStream) {
                out.flush();
            }
            return stream;
        } catch (IOException e) {
            fail(e);
            throw e;
        } finally {
            writeLock.unlock();
        }
    }

    /** Sends the body within the server's flow-control windows, waiting for its updates when they run out. */
    private void sendBody(H2Stream stream, byte[] body, long deadlineNanos) throws IOException {
        int offset = 0;
        while (offset < body.length) {
            int n;
            lock.lock();
            try {
                while (Math.min(sendWindow, stream.sendWindow) <= 0 && !stream.ended && stream.failure == null) {
                    awaitChange(deadlineNanos);
                }
                if (stream.failure != null) {
                    throw stream.failure;
                }
                if (stream.ended) {
                    return; // the server answered before taking the whole body
                }
                n = (int) Math.min(Math.min(MAX_FRAME, body.length - offset), Math.min(sendWindow, stream.sendWindow));
                sendWindow -= n;
                stream.sendWindow -= n;
            } finally {
                lock.unlock();
            }
            boolean last = offset + n == body.length;
            writeLock.lock();
            try {
                stream.sent += write(FRAMES.createData(stream.id, ByteBuffer.wrap(body, offset, n), last));
                if (last) {
                    out.flush();
                }
            } catch (IOException e) {
                fail(e);
                throw e;
            } finally {
                writeLock.unlock();
            }
            offset += n;
        }
    }

    /** Waits until the stream has its response head, or with {@code toEnd} until it ended. */
    private void await(H2Stream stream, long deadlineNanos, boolean toEnd) throws IOException {
        lock.lock();
        try {
            while (stream.failure == null && !(toEnd ? stream.ended : stream.headers != null || stream.ended)) {
                awaitChange(deadlineNanos);
            }
            if (stream.failure != null) {
                throw stream.failure;
            }
            if (stream.headers == null) {
                throw H2Failure.protocol("stream " + stream.id + " ended without a response head");
            }
        } finally {
            lock.unlock();
        }
    }

    /** Under {@link #lock}: waits for the reader's next change, or throws when the deadline passed. */
    private void awaitChange(long deadlineNanos) throws SocketTimeoutException {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("request timeout");
        }
        try {
            changed.awaitNanos(left);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SocketTimeoutException("interrupted");
        }
    }

    /** Tells the server we gave up on the stream (a timeout); the connection stays usable. */
    private void cancel(H2Stream stream) {
        writeLock.lock();
        try {
            write(FRAMES.createResetStream(stream.id, H2Error.CANCEL));
            out.flush();
        } catch (IOException e) {
            fail(e);
        } finally {
            writeLock.unlock();
        }
    }

    private void finished(H2Stream stream) {
        boolean close;
        lock.lock();
        try {
            streams.remove(stream.id);
            close = (goneAway || retired) && streams.isEmpty();
        } finally {
            lock.unlock();
        }
        if (close) {
            close();
        }
    }

    /** Under {@link #writeLock}: writes a frame, returns its size on the wire. */
    private int write(RawFrame frame) throws IOException {
        writer.write(frame, out);
        return 9 + frame.getLength();
    }

    /** A connection-level frame from any thread, sent at once. */
    void writeControl(RawFrame frame) throws IOException {
        writeLock.lock();
        try {
            unchargedSent.addAndGet(write(frame));
            out.flush();
        } finally {
            writeLock.unlock();
        }
    }

    /** Charges a connection-level frame the server sent to the next request to finish. */
    void overhead(int size) {
        unchargedReceived.addAndGet(size);
    }

    /** Applies {@code change} to a stream in flight and wakes its thread; frames of gone streams are overhead. */
    void update(int streamId, int size, java.util.function.Consumer<H2Stream> change) {
        lock.lock();
        try {
            H2Stream stream = streams.get(streamId);
            if (stream == null) {
                unchargedReceived.addAndGet(size);
                return;
            }
            stream.received += size;
            change.accept(stream);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void growSendWindow(int increment) {
        lock.lock();
        try {
            sendWindow += increment;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The server's SETTINGS (-1: not in the frame), acknowledged. */
    void applySettings(int initialWindow, int tableSize) throws IOException {
        lock.lock();
        try {
            if (initialWindow >= 0) {
                for (H2Stream stream : streams.values()) {
                    stream.sendWindow += (long) initialWindow - peerInitialWindow;
                }
                peerInitialWindow = initialWindow;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
        writeLock.lock(); // the encoder is the writers'
        try {
            if (tableSize >= 0) {
                encoder.setMaxTableSize(tableSize);
            }
            unchargedSent.addAndGet(write(FRAMES.createSettingsAck()));
            out.flush();
        } finally {
            writeLock.unlock();
        }
    }

    /** The server stops taking streams; those it did not process fail as retryable, the rest finish. */
    void goAway(int lastStreamId, int code) {
        lock.lock();
        try {
            goneAway = true;
            for (H2Stream stream : streams.values()) {
                if (stream.id > lastStreamId && stream.failure == null) {
                    stream.failure = H2Failure.goAway(lastStreamId, code);
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }


    /** The connection is lost: every stream in flight fails with {@code cause}. */
    void fail(IOException cause) {
        lock.lock();
        try {
            if (closedBy == null) {
                closedBy = cause;
            }
            for (H2Stream stream : streams.values()) {
                if (stream.failure == null && !stream.ended) {
                    stream.failure = cause;
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        closeSocket();
    }

    /** Whether new requests may use the connection. */
    boolean reusable() {
        lock.lock();
        try {
            return closedBy == null && !goneAway && !retired && nextStreamId > 0;
        } finally {
            lock.unlock();
        }
    }

    /** No new streams; the connection closes when its last stream finished. */
    void retire() {
        boolean close;
        lock.lock();
        try {
            retired = true;
            close = streams.isEmpty();
        } finally {
            lock.unlock();
        }
        if (close) {
            close();
        }
    }

    /** Closes the connection; streams in flight fail. */
    void close() {
        fail(new ConnectionClosedException("http2: client connection closed"));
    }

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway: nothing to tell the script
        }
    }
}
