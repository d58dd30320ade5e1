package io.jk6.ws.client;

import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One open WebSocket. The JDK's client takes one send at a time, so every send waits for the one before
 * it; each returns when its frame was written, failing with k6's text when it could not be.
 */
public final class Session {

    private final WebSocket socket;
    private final WireCount wire;
    private final URI uri;
    private final AtomicBoolean closeSent = new AtomicBoolean();
    private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

    Session(WebSocket socket, WireCount wire, URI uri) {
        this.socket = socket;
        this.wire = wire;
        this.uri = uri;
    }

    /** The subprotocol the server chose; "" for none. */
    public String subprotocol() {
        return socket.getSubprotocol() == null ? "" : socket.getSubprotocol();
    }

    public WireCount wire() {
        return wire;
    }

    public CompletableFuture<Void> sendText(String text) {
        int size = Frames.utf8Length(text);
        return enqueue(() -> socket.sendText(text, true), size);
    }

    public CompletableFuture<Void> sendBinary(byte[] data) {
        return enqueue(() -> socket.sendBinary(ByteBuffer.wrap(data), true), data.length);
    }

    public CompletableFuture<Void> ping(byte[] data) {
        return enqueue(() -> socket.sendPing(ByteBuffer.wrap(data)), data.length);
    }

    /**
     * Sends a close frame (once). A code the JDK's client may not send (1002, 1011...) ends the
     * connection without one.
     */
    public CompletableFuture<Void> close(int code, String reason) {
        if (!closeSent.compareAndSet(false, true)) {
            return CompletableFuture.failedFuture(new SendFailure("websocket: close sent"));
        }
        return chain(() -> {
            try {
                return socket.sendClose(code, reason);
            } catch (IllegalArgumentException e) {
                socket.abort();
                return CompletableFuture.completedFuture(socket);
            }
        }, 2 + Frames.utf8Length(reason));
    }

    /** Whether our close frame went out: nothing more may be sent. */
    public boolean closeSent() {
        return closeSent.get();
    }

    /** Ends the connection at once, without a close frame. */
    public void abort() {
        socket.abort();
    }

    private CompletableFuture<Void> enqueue(Supplier<CompletableFuture<WebSocket>> send, long payload) {
        if (closeSent.get()) {
            return CompletableFuture.failedFuture(new SendFailure("websocket: close sent"));
        }
        return chain(send, payload);
    }

    private synchronized CompletableFuture<Void> chain(Supplier<CompletableFuture<WebSocket>> send, long payload) {
        CompletableFuture<Void> done = last.handle((ignored, error) -> null)
                .thenCompose(ignored -> send.get())
                .handle((sent, error) -> {
                    if (error != null) {
                        throw new CompletionException(
                                new SendFailure(GoErrors.message(error, uri)));
                    }
                    wire.sent(payload);
                    return null;
                });
        last = done;
        return done;
    }

    /** A frame that was not written, with k6's text. */
    public static final class SendFailure extends Exception {
        SendFailure(String message) {
            super(message, null, false, false);
        }
    }
}
