package io.jk6.ws.websockets;

import io.jk6.api.js.Exports;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.VU;
import io.jk6.api.js.VUState;
import io.jk6.api.metrics.TagSet;
import io.jk6.ws.Scripts;
import io.jk6.ws.client.ConnectParams;
import io.jk6.ws.client.ConnectRequest;
import io.jk6.ws.client.Dialer;
import io.jk6.ws.client.WsMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * k6/websockets for one VU: {@code WebSocket} and {@code Blob}, the classes of websockets.js, made in the
 * VU's runtime when the script imports them. Keeps the VU's open connections, to end them with the VU.
 */
public final class WebSocketsInstance implements ModuleInstance {

    private static final String SCRIPT = script();

    private final VU vu;
    private final Dialer dialer;
    private final Scripts scripts;
    private final List<Connection> open = new ArrayList<>();
    private WsMetrics metrics;
    private Exports exports;

    WebSocketsInstance(VU vu, Dialer dialer) {
        this.vu = vu;
        this.dialer = dialer;
        this.scripts = new Scripts(vu);
    }

    @Override
    public Exports exports() {
        if (exports == null) {
            Source source = Source.newBuilder("js", SCRIPT, "k6/websockets.js").buildLiteral();
            Value classes = vu.runtime().eval(source).execute(this);
            Value webSocket = classes.getMember("WebSocket");
            Value blob = classes.getMember("Blob");
            exports = Exports.of(classes, Map.of("WebSocket", webSocket, "Blob", blob));
        }
        return exports;
    }

    /** {@code new WebSocket(url, protocols, params)}: the connection starts, the constructor returns at once. */
    public Connection open(Value url, Value protocols, Value params, Value dispatch) {
        VUState state = vu.state().orElseThrow(
                () -> scripts.error("using websockets in the init context is not supported"));
        URI uri = uri(url);
        ConnectParams parsed;
        try {
            parsed = ConnectParams.ofWebSockets(params);
        } catch (IllegalArgumentException e) {
            throw scripts.error(e.getMessage());
        }
        if (parsed.compression()) {
            vu.log().warn("jk6 does not compress WebSocket messages: the connection is made without compression",
                    Map.of("url", uri.toString()));
        }
        endLeftovers(state.iteration());
        if (metrics == null) {
            metrics = new WsMetrics(vu.metrics());
        }
        // as k6: `url` and `name` are the URL unless the script named the socket
        TagSet tags = state.tags().withAll(parsed.tags());
        String name = parsed.tags().get("name");
        tags = tags.with("url", name != null ? name : uri.toString()).with("name", name != null ? name : uri.toString());
        Connection connection = new Connection(vu, scripts, metrics, uri.toString(), tags, dispatch);
        open.add(connection);
        connection.start(dialer.dial(ConnectRequest.of(uri, parsed, subprotocols(protocols), state.options()),
                connection::deliver));
        return connection;
    }

    /** A warning in the test's log (websockets.js: an unknown event type). */
    public void warn(String message) {
        vu.log().warn(message, Map.of());
    }

    @Override
    public void close() {
        open.forEach(Connection::abort);
        open.clear();
    }

    /** Sockets of an iteration that was cut (its event loop dropped) still open: ended now. */
    private void endLeftovers(long iteration) {
        open.removeIf(connection -> {
            if (connection.finished()) {
                return true;
            }
            if (connection.iteration() != iteration) {
                connection.abort();
                return true;
            }
            return false;
        });
    }

    private URI uri(Value url) {
        if (url == null || url.isNull()) {
            throw scripts.error("WebSocket requires a url");
        }
        String text = url.isString() ? url.asString() : url.toString();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw scripts.error("WebSocket requires valid url, but got \"" + text + "\" which resulted in "
                    + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw scripts.error("WebSocket requires url with scheme ws or wss, but got \"" + scheme + "\"");
        }
        if (uri.getRawFragment() != null) {
            throw scripts.error("WebSocket requires no url fragment, but got \"" + uri.getFragment() + "\"");
        }
        return uri;
    }

    private static List<String> subprotocols(Value protocols) {
        List<String> offered = new ArrayList<>();
        if (protocols == null || protocols.isNull()) {
            return offered;
        }
        if (protocols.hasArrayElements()) {
            for (long i = 0; i < protocols.getArraySize(); i++) {
                offered.add(protocols.getArrayElement(i).toString());
            }
        } else if (protocols.isString()) {
            offered.add(protocols.asString());
        }
        return offered;
    }

    private static String script() {
        try (InputStream in = WebSocketsInstance.class.getResourceAsStream("websockets.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
