package io.jk6.ws;

import io.jk6.api.js.VU;
import io.jk6.api.metrics.TagSet;
import io.jk6.ws.client.CloseCodes;
import io.jk6.ws.client.InboundEvent;
import io.jk6.ws.client.Pings;
import io.jk6.ws.client.Session;
import io.jk6.ws.client.WsMetrics;
import java.net.ProtocolException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Value;

/**
 * The {@code socket} of k6/ws's {@code ws.connect(url, params, function (socket) {...})}: handlers by event,
 * sends, pings and timers of its own. {@link #run()} is k6's control loop: on the VU's thread, it runs the
 * handlers and timers one at a time until the socket closes, so {@code ws.connect} blocks as in k6.
 */
public final class Socket {

    /** As k6: a frame that cannot be written in 10 s is an error. */
    private static final long WRITE_WAIT_SECONDS = 10;

    private final VU vu;
    private final Scripts scripts;
    private final WsMetrics metrics;
    private final LinkedBlockingQueue<InboundEvent> inbound = new LinkedBlockingQueue<>();
    private final Map<String, List<Value>> handlers = new HashMap<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final Pings pings = new Pings();
    private Session session;
    private TagSet tags;
    private boolean done;
    private long timerSequence;

    Socket(VU vu, Scripts scripts, WsMetrics metrics) {
        this.vu = vu;
        this.scripts = scripts;
        this.metrics = metrics;
    }

    /** Where the client hands what arrives: any thread. */
    void deliver(InboundEvent event) {
        inbound.add(event);
    }

    void opened(Session session, TagSet tags) {
        this.session = session;
        this.tags = tags;
    }

    /** Adds a handler; several for one event run in the order they were added. */
    public void on(String event, Value handler) {
        if (handler != null && handler.canExecute()) {
            handlers.computeIfAbsent(event, e -> new ArrayList<>()).add(handler);
        }
    }

    /** Sends a text message (any value, as its JS string); a failure is an {@code error} event. */
    public void send(Value message) {
        String text = message == null ? "undefined" : message.isString() ? message.asString() : message.toString();
        write(session.sendText(text));
        vu.push(metrics.sent(tags));
    }

    /** Sends an ArrayBuffer as a binary message. */
    public void sendBinary(Value message) {
        if (message == null) {
            throw scripts.error("missing argument, expected ArrayBuffer");
        }
        String type = scripts.typeName(message);
        if (!type.equals("ArrayBuffer")) {
            throw scripts.error("expected ArrayBuffer as argument, received: " + type);
        }
        write(session.sendBinary(Scripts.bytes(message)));
        vu.push(metrics.sent(tags));
    }

    public void sendBinary() {
        sendBinary(null);
    }

    /** Pings the server; its pong makes a {@code ws_ping} sample and a {@code pong} event. */
    public void ping() {
        write(session.ping(pings.next()));
    }

    /** Runs {@code fn} once after {@code ms} milliseconds, on this socket's loop. */
    public void setTimeout(Value fn, double ms) {
        schedule(fn, ms, false, "setTimeout");
    }

    /** Runs {@code fn} every {@code ms} milliseconds while the socket is open. */
    public void setInterval(Value fn, double ms) {
        schedule(fn, ms, true, "setInterval");
    }

    /** Closes with 1001 (going away), as k6's default. */
    public void close() {
        closeConnection(CloseCodes.GOING_AWAY, true);
    }

    public void close(int code) {
        closeConnection(code, true);
    }

    /**
     * The control loop: runs until the socket closed (by the script, the server or a failure). An
     * interrupt (the VU is stopped) closes it with 1001 and is kept for the engine to see.
     */
    void run() {
        try {
            loop();
        } catch (RuntimeException e) {
            // a handler or timer threw: as k6, the socket is closed and the error goes on to the script
            closeConnection(CloseCodes.GOING_AWAY, true);
            throw e;
        }
    }

    private void loop() {
        while (!done) {
            Timer next = timers.peek();
            long now = System.nanoTime();
            if (next != null && next.due <= now) {
                timers.poll();
                if (next.period > 0) {
                    timers.add(new Timer(Math.max(next.due + next.period, now), next.period, timerSequence++, next.fn));
                }
                next.fn.executeVoid();
                continue;
            }
            InboundEvent event;
            try {
                event = next == null ? inbound.take() : inbound.poll(next.due - now, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                closeConnection(CloseCodes.GOING_AWAY, true);
                Thread.currentThread().interrupt();
                return;
            }
            if (event != null) {
                handle(event);
            }
        }
    }

    /** Fires {@code event} with {@code args}, on the VU's thread. */
    void fire(String event, Object... args) {
        for (Value handler : List.copyOf(handlers.getOrDefault(event, List.of()))) {
            handler.executeVoid(args);
        }
    }

    boolean done() {
        return done;
    }

    /** Ends the connection at once (the setup function threw). */
    void abort() {
        done = true;
        session.abort();
    }

    private void handle(InboundEvent event) {
        switch (event) {
            case InboundEvent.Text text -> {
                vu.push(metrics.received(tags, text.at()));
                fire("message", text.data());
            }
            case InboundEvent.Binary binary -> {
                vu.push(metrics.received(tags, binary.at()));
                fire("binaryMessage", scripts.arrayBuffer(binary.data()));
            }
            case InboundEvent.Ping ping -> fire("ping");
            case InboundEvent.Pong pong -> {
                Instant pinged = pings.answered(pong.data());
                if (pinged != null) {
                    vu.push(metrics.ping(tags, pinged, pong.at()));
                }
                fire("pong");
            }
            case InboundEvent.Closed closed -> {
                if (CloseCodes.unexpected(closed.code())) {
                    String reason = closed.code() == CloseCodes.ABNORMAL && closed.reason().isEmpty()
                            ? "unexpected EOF" : closed.reason();
                    fire("error", new WsError(CloseCodes.error(closed.code(), reason)));
                }
                // the client has answered the server's close frame
                closeConnection(closed.code(), false);
            }
            case InboundEvent.Failed failed -> {
                // gorilla, after a protocol error, has sent its close frame: k6's own then fails so
                fire("error", new WsError(failed.error() instanceof ProtocolException
                        ? "websocket: close sent" : String.valueOf(failed.error().getMessage())));
                closeConnection(CloseCodes.GOING_AWAY, false);
            }
        }
    }

    /** Once: sends the close frame (when asked), fires {@code close} with the code, ends the connection. */
    private void closeConnection(int code, boolean sendFrame) {
        if (done) {
            return;
        }
        done = true;
        try {
            if (sendFrame) {
                write(session.close(code, ""));
            }
            fire("close", code);
        } finally {
            session.abort();
        }
    }

    /** Waits for a frame to go out; a failure is an {@code error} event. */
    private boolean write(CompletableFuture<Void> sent) {
        try {
            sent.get(WRITE_WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            fire("error", new WsError(e.getCause().getMessage()));
        } catch (TimeoutException e) {
            fire("error", new WsError("i/o timeout"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private void schedule(Value fn, double ms, boolean repeat, String name) {
        if (!(ms > 0)) {
            throw scripts.error(String.format(Locale.ROOT, "%s requires a >0 timeout parameter, received %.2f", name, ms));
        }
        long nanos = (long) (ms * 1_000_000);
        timers.add(new Timer(System.nanoTime() + nanos, repeat ? nanos : 0, timerSequence++, fn));
    }

    private record Timer(long due, long period, long sequence, Value fn) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer other) {
            int byDue = Long.compare(due, other.due);
            return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
        }
    }
}
