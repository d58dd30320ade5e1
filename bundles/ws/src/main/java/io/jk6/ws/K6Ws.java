package io.jk6.ws;

import io.jk6.api.js.VU;
import io.jk6.api.js.VUState;
import io.jk6.api.metrics.TagSet;
import io.jk6.ws.client.ConnectParams;
import io.jk6.ws.client.ConnectRequest;
import io.jk6.ws.client.DialFailure;
import io.jk6.ws.client.Dialer;
import io.jk6.ws.client.Session;
import io.jk6.ws.client.WsMetrics;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.graalvm.polyglot.Value;

/**
 * What scripts see as {@code ws} (k6/ws): {@code connect}, which opens the socket, hands it to the
 * script's function to set its handlers up, and blocks the VU until the socket is closed.
 */
public final class K6Ws {

    private final VU vu;
    private final Dialer dialer;
    private final Scripts scripts;
    private final WsMetrics metrics;

    K6Ws(VU vu, Dialer dialer) {
        this.vu = vu;
        this.dialer = dialer;
        this.scripts = new Scripts(vu);
        this.metrics = new WsMetrics(vu.metrics());
    }

    public WsResponse connect(Value url, Value callback) {
        return connect(url, null, callback);
    }

    public WsResponse connect(Value url, Value params, Value callback) {
        VUState state = vu.state().orElseThrow(
                () -> scripts.error("using websockets in the init context is not supported"));
        if (callback == null || !callback.canExecute()) {
            throw scripts.error("last argument to ws.connect must be a function");
        }
        ConnectParams parsed;
        try {
            parsed = ConnectParams.ofWs(params);
        } catch (IllegalArgumentException e) {
            throw scripts.error(e.getMessage());
        }
        String address = url.isString() ? url.asString() : url.toString();
        Map<String, Object> options = state.options();
        if (parsed.compression()) {
            vu.log().warn("jk6 does not compress WebSocket messages: the connection is made without compression",
                    Map.of("url", address));
        }
        TagSet tags = state.tags().withAll(parsed.tags()).with("url", address);
        Socket socket = new Socket(vu, scripts, metrics);
        Instant start = Instant.now();
        CompletableFuture<Session> dialed = uri(address)
                .map(uri -> dialer.dial(ConnectRequest.of(uri, parsed, List.of(), options), socket::deliver))
                .orElseGet(() -> CompletableFuture.failedFuture(malformed()));
        Session session;
        try {
            session = dialed.get();
        } catch (ExecutionException e) {
            return failed(e.getCause() instanceof DialFailure f ? f : malformed(), tags, start, options);
        } catch (InterruptedException e) {
            dialed.thenAccept(Session::abort);
            Thread.currentThread().interrupt();
            return failed(failure("context canceled"), tags, start, options);
        }
        Instant connected = Instant.now();
        tags = tags.with("status", "101").with("subproto", session.subprotocol());
        vu.push(metrics.connected(tags, start, connected));
        socket.opened(session, tags);
        try {
            callback.executeVoid(socket);
            socket.fire("open");
            socket.run();
        } catch (RuntimeException e) {
            socket.abort();
            throw e;
        } finally {
            vu.push(metrics.ended(tags, start, Instant.now(), session.wire()));
        }
        return new WsResponse(101, address, Map.of(), "", "");
    }

    /**
     * As k6: the metrics of the attempt, then the error thrown with {@code throw: true}, else returned
     * (with the server's status, headers and body when it answered the upgrade with another status).
     */
    private WsResponse failed(DialFailure failure, TagSet attempted, Instant start, Map<String, Object> options) {
        TagSet tags = attempted;
        if (failure.status() > 0) {
            tags = tags.with("status", Integer.toString(failure.status()))
                    .with("subproto", failure.headers().getOrDefault("Sec-Websocket-Protocol", ""));
        }
        Instant end = Instant.now();
        vu.push(metrics.connected(tags, start, end));
        vu.push(metrics.ended(tags, start, end, null));
        if (Boolean.TRUE.equals(options.get("throw"))) {
            throw scripts.error(failure.getMessage());
        }
        if (failure.status() > 0) {
            return new WsResponse(failure.status(), "", failure.headers(), failure.body(), "");
        }
        return new WsResponse(0, "", Map.of(), "", failure.getMessage());
    }

    /** gorilla's check: a ws or wss URL with a host. */
    private static Optional<URI> uri(String address) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("ws") || scheme.equals("wss")) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // malformed
        }
        return Optional.empty();
    }

    private static DialFailure malformed() {
        return failure("malformed ws or wss URL");
    }

    private static DialFailure failure(String message) {
        return DialFailure.plain(message);
    }
}
