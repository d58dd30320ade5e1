package io.jk6.ws.client;

import io.jk6.support.tls.TrustingTls;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Opens WebSockets with the JDK's client ({@code java.net.http.WebSocket}). One {@link HttpClient} per TLS
 * mode serves every VU: each socket is its own connection, and the client's one selector thread with
 * virtual threads for the listeners costs nothing per VU. Thread-safe.
 */
public final class Dialer implements AutoCloseable {

    /** As k6's dialer: the whole handshake may take a minute. */
    static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(60);

    /** Headers the client writes itself: gorilla refuses them too ({@code websocket: duplicate header not allowed}). */
    private static final Set<String> OWN_HEADERS = Set.of("upgrade", "connection", "sec-websocket-key",
            "sec-websocket-version", "sec-websocket-extensions", "sec-websocket-accept");

    private final ExecutorService listeners = Executors.newVirtualThreadPerTaskExecutor();
    private HttpClient verifying;
    private HttpClient trusting;

    /**
     * Starts the handshake. The future completes with the open session, or exceptionally with a
     * {@link DialFailure}; {@code sink} gets what arrives once it is open, on the client's threads.
     */
    public CompletableFuture<Session> dial(ConnectRequest request, Consumer<InboundEvent> sink) {
        WireCount wire = new WireCount();
        WebSocket.Builder builder;
        try {
            builder = client(request.insecure()).newWebSocketBuilder().connectTimeout(HANDSHAKE_TIMEOUT);
            for (Map.Entry<String, String> header : request.headers().entrySet()) {
                String name = header.getKey().toLowerCase(Locale.ROOT);
                if (OWN_HEADERS.contains(name)) {
                    return CompletableFuture.failedFuture(DialFailure.of(
                            "websocket: duplicate header not allowed: " + GoErrors.canonical(name), null));
                }
                if (!name.equals("host") && !name.equals("sec-websocket-protocol")) {
                    builder.header(header.getKey(), header.getValue());
                }
            }
            List<String> protocols = request.subprotocols();
            if (!protocols.isEmpty()) {
                builder.subprotocols(protocols.get(0), protocols.subList(1, protocols.size()).toArray(String[]::new));
            }
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(DialFailure.of(e.getMessage(), e));
        }
        return builder.buildAsync(request.uri(), new Inbound(sink, wire))
                .handle((socket, error) -> {
                    if (error != null) {
                        throw new CompletionException(GoErrors.dialFailure(error, request.uri()));
                    }
                    wire.handshake(Handshakes.requestSize(request), Handshakes.responseSize(socket.getSubprotocol()));
                    return new Session(socket, wire, request.uri());
                });
    }

    private synchronized HttpClient client(boolean insecure) {
        if (insecure) {
            if (trusting == null) {
                trusting = base().sslContext(TrustingTls.context()).build();
            }
            return trusting;
        }
        if (verifying == null) {
            verifying = base().build();
        }
        return verifying;
    }

    private HttpClient.Builder base() {
        return HttpClient.newBuilder().executor(listeners).version(HttpClient.Version.HTTP_1_1);
    }

    @Override
    public synchronized void close() {
        for (HttpClient client : new HttpClient[] {verifying, trusting}) {
            if (client != null) {
                client.shutdownNow();
            }
        }
        verifying = null;
        trusting = null;
        listeners.shutdownNow();
    }
}
