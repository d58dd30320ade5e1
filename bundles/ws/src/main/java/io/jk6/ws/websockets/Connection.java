package io.jk6.ws.websockets;

import io.jk6.api.js.VU;
import io.jk6.api.metrics.TagSet;
import io.jk6.ws.Scripts;
import io.jk6.ws.client.CloseCodes;
import io.jk6.ws.client.DialFailure;
import io.jk6.ws.client.InboundEvent;
import io.jk6.ws.client.Pings;
import io.jk6.ws.client.Session;
import io.jk6.ws.client.WsMetrics;
import io.jk6.support.loop.LoopTurns;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Value;

/**
 * The Java side of one {@code WebSocket} of k6/websockets. Never blocks the VU: what the network and the
 * sends report is queued here, from any thread, and run on the VU's event loop, which this connection keeps
 * waiting (one callback always promised) until the socket is closed. JS sees it through websockets.js.
 */
public final class Connection {

    static final int CONNECTING = 0;
    static final int OPEN = 1;
    static final int CLOSING = 2;
    static final int CLOSED = 3;

    /** A close the server does not answer in this time ends the connection (code 1006). */
    private static final long CLOSE_WAIT_SECONDS = 10;

    private final VU vu;
    private final Scripts scripts;
    private final WsMetrics metrics;
    private final String url;
    private final Value dispatch;
    private final LoopTurns loop;
    private final Pings pings = new Pings();
    private final long iteration;
    private volatile boolean finished;
    private Session session;
    private TagSet tags;
    private Instant started;
    private int readyState = CONNECTING;
    private int bufferedAmount;
    private int closeCode;
    private String closeReason = "";

    Connection(VU vu, Scripts scripts, WsMetrics metrics, String url, TagSet tags, Value dispatch) {
        this.vu = vu;
        this.scripts = scripts;
        this.metrics = metrics;
        this.url = url;
        this.tags = tags;
        this.dispatch = dispatch;
        this.iteration = vu.state().map(s -> s.iteration()).orElse(-1L);
        this.loop = new LoopTurns(vu::registerCallback, () -> finished);
    }

    /** Starts the handshake; what follows arrives through {@link #deliver(InboundEvent)}. */
    void start(CompletableFuture<Session> dialed) {
        started = Instant.now();
        dialed.whenComplete((opened, error) -> {
            Instant end = Instant.now();
            if (error != null) {
                DialFailure failure = error.getCause() instanceof DialFailure f ? f
                        : error instanceof DialFailure f ? f : DialFailure.plain(String.valueOf(error.getMessage()));
                loop.later(() -> failedToOpen(failure, end));
            } else {
                loop.later(() -> opened(opened, end));
            }
        });
    }

    /** Where the client hands what arrives: any thread. */
    void deliver(InboundEvent event) {
        loop.later(() -> handle(event));
    }

    long iteration() {
        return iteration;
    }

    boolean finished() {
        return finished;
    }

    // What websockets.js calls, on the VU's thread.

    public String url() {
        return url;
    }

    public int readyState() {
        return readyState;
    }

    public int bufferedAmount() {
        return bufferedAmount;
    }

    public String protocol() {
        return session == null ? "" : session.subprotocol();
    }

    public void sendText(String text) {
        assertOpen();
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        bufferedAmount += size;
        sent(session.sendText(text), size);
    }

    public void sendBinary(Value buffer) {
        assertOpen();
        byte[] data = Scripts.bytes(buffer);
        bufferedAmount += data.length;
        sent(session.sendBinary(data), data.length);
    }

    public void ping() {
        assertOpen();
        session.ping(pings.next()).whenComplete((ok, error) -> {
            if (error != null) {
                loop.later(() -> failed(textOf(error)));
            }
        });
    }

    public void close(int code, String reason) {
        if (readyState == CLOSED || readyState == CLOSING) {
            return;
        }
        if (code != 0 && code != CloseCodes.NORMAL && (code < 3000 || code > 4999)) {
            throw scripts.error("InvalidAccessError: Failed to execute 'close' on 'WebSocket': The close code must be"
                    + " either 1000, or between 3000 and 4999. " + code + " is neither");
        }
        if (reason.getBytes(StandardCharsets.UTF_8).length > 123) {
            throw scripts.error("SyntaxError: Failed to execute 'close' on 'WebSocket': The message must not be"
                    + " greater than 123 bytes");
        }
        closeCode = code == 0 ? CloseCodes.NORMAL : code;
        closeReason = reason;
        boolean connecting = readyState == CONNECTING;
        readyState = CLOSING;
        if (!connecting) {
            sendClose();
        }
    }

    /** Ends the connection at once, with no event: the VU is discarded or its iteration was cut. */
    void abort() {
        finished = true;
        if (session != null) {
            session.abort();
        }
    }

    // On the VU's thread, from the queue.

    private void opened(Session opened, Instant end) {
        session = opened;
        tags = tags.with("status", "101").with("subproto", opened.subprotocol());
        vu.push(metrics.connected(tags, started, end));
        if (readyState == CLOSING) {
            sendClose(); // close() was called while connecting
            return;
        }
        readyState = OPEN;
        fire("open", null, null, null, null);
    }

    private void failedToOpen(DialFailure failure, Instant end) {
        if (failure.status() > 0) {
            tags = tags.with("status", Integer.toString(failure.status()))
                    .with("subproto", failure.headers().getOrDefault("Sec-Websocket-Protocol", ""));
        }
        vu.push(metrics.connected(tags, started, end));
        closed(failure.getMessage());
    }

    private void handle(InboundEvent event) {
        switch (event) {
            case InboundEvent.Text text -> message(text.data(), text.at());
            case InboundEvent.Binary binary -> message(binary.data(), binary.at());
            case InboundEvent.Ping ping -> fire("ping", null, null, null, null);
            case InboundEvent.Pong pong -> {
                Instant pinged = pings.answered(pong.data());
                if (pinged == null) {
                    vu.log().warn("received pong for unknown ping ID "
                            + new String(pong.data(), StandardCharsets.UTF_8), Map.of());
                } else {
                    vu.push(metrics.ping(tags, pinged, pong.at()));
                }
                fire("pong", null, null, null, null);
            }
            case InboundEvent.Closed close -> {
                closeCode = close.code();
                closeReason = close.reason();
                closed(CloseCodes.unexpected(close.code()) ? CloseCodes.error(close.code(),
                        close.code() == CloseCodes.ABNORMAL && close.reason().isEmpty() ? "unexpected EOF" : close.reason())
                        : null);
            }
            // as k6: a failure that is no close frame (a protocol error, a reset) closes quietly
            case InboundEvent.Failed failed -> closed(null);
        }
    }

    private void message(Object data, Instant at) {
        if (readyState != OPEN) {
            return;
        }
        vu.push(metrics.received(tags, at));
        fire("message", data instanceof byte[] bytes ? scripts.arrayBuffer(bytes) : data, null, null, null);
    }

    private void failed(String error) {
        if (session != null) {
            session.abort();
        }
        closed(error);
    }

    /** The end, once: the session's metrics, then {@code error} (when there is one) and {@code close}. */
    private void closed(String error) {
        if (readyState == CLOSED) {
            return;
        }
        readyState = CLOSED;
        finished = true;
        if (session != null) {
            session.abort();
            vu.push(metrics.ended(tags, started, Instant.now(), session.wire()));
        }
        if (error != null) {
            fire("error", null, null, null, error);
        }
        fire("close", null, closeCode == 0 ? null : closeCode, closeReason, null);
    }

    private void sendClose() {
        session.close(closeCode, closeReason).whenComplete((ok, error) -> {
            if (error != null) {
                loop.later(() -> failed(textOf(error)));
            }
        });
        CompletableFuture.delayedExecutor(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS).execute(() -> {
            if (!finished) {
                deliver(new InboundEvent.Closed(CloseCodes.ABNORMAL, "", Instant.now()));
            }
        });
    }

    private void sent(CompletableFuture<Void> sending, int size) {
        sending.whenComplete((ok, error) -> loop.later(() -> {
            if (error != null) {
                failed(textOf(error));
                return;
            }
            bufferedAmount -= size;
            vu.push(metrics.sent(tags));
        }));
    }

    private void fire(String type, Object data, Object code, String reason, String error) {
        try {
            dispatch.executeVoid(type, data, code, reason, error);
        } catch (RuntimeException e) {
            // as k6: a listener that throws ends the connection, and the error goes on to the iteration
            abort();
            readyState = CLOSED;
            throw e;
        }
    }

    /** The k6 text of a send that failed (the future's cause). */
    private static String textOf(Throwable error) {
        return error.getCause() != null ? error.getCause().getMessage() : error.getMessage();
    }

    private void assertOpen() {
        if (readyState != OPEN) {
            throw scripts.error("InvalidStateError");
        }
    }

}
