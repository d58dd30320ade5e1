package io.jk6.grpc;

import io.jk6.api.js.Exports;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.VU;
import io.jk6.grpc.client.GrpcMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * k6/net/grpc for one VU: the classes of grpc.js, made in the VU's runtime when the script imports them, and
 * what they share (the VU, its metrics, its error maker). Keeps the VU's connected clients, to close them with
 * the VU; a client leaves the set when it closes, so scripts making a client per iteration hold none.
 */
public final class GrpcInstance implements ModuleInstance {

    private static final String SCRIPT = script();

    private final VU vu;
    private final JsErrors errors;
    private final Set<GrpcClient> connected = new HashSet<>();
    private GrpcMetrics metrics;
    private Exports exports;

    GrpcInstance(VU vu) {
        this.vu = vu;
        this.errors = new JsErrors(vu);
    }

    @Override
    public Exports exports() {
        if (exports == null) {
            Source source = Source.newBuilder("js", SCRIPT, "k6/net/grpc.js").buildLiteral();
            Value named = vu.runtime().eval(source).execute(this);
            Map<String, Object> members = new HashMap<>();
            for (String key : named.getMemberKeys()) {
                members.put(key, named.getMember(key));
            }
            exports = Exports.of(named, members);
        }
        return exports;
    }

    /** {@code new grpc.Client()}. */
    public GrpcClient newClient() {
        return new GrpcClient(this);
    }

    /** A warning in the test's log, as k6's stream logs one. */
    public void warn(String message) {
        vu.log().warn(message, Map.of());
    }

    void connected(GrpcClient client) {
        connected.add(client);
    }

    void closed(GrpcClient client) {
        connected.remove(client);
    }

    VU vu() {
        return vu;
    }

    JsErrors errors() {
        return errors;
    }

    GrpcMetrics metrics() {
        if (metrics == null) {
            metrics = new GrpcMetrics(vu.metrics());
        }
        return metrics;
    }

    @Override
    public void close() {
        List.copyOf(connected).forEach(GrpcClient::shutdown);
        connected.clear();
    }

    private static String script() {
        try (InputStream in = GrpcInstance.class.getResourceAsStream("grpc.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
