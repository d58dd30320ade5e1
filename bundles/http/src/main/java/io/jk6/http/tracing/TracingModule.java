package io.jk6.http.tracing;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.osgi.service.component.annotations.Component;

/**
 * The module {@code k6/experimental/tracing} of k6 v0.4x-v0.5x: {@code instrumentHTTP({propagator})} makes
 * every k6/http request of the VU carry a new trace's {@code traceparent} (w3c) or {@code uber-trace-id}
 * (jaeger) header; {@code new tracing.Client(options)} does it for the requests made through it. In the
 * http bundle because instrumenting needs the VU's k6/http ({@link HttpInstrumentation}). k6 also puts the
 * trace ID on the samples' metadata, which jk6's samples do not have.
 */
@Component(service = JsModule.class)
@ModuleName("k6/experimental/tracing")
public class TracingModule implements JsModule {

    private static final Source SCRIPT = Source.newBuilder("js", script(), "k6/experimental/tracing.js").buildLiteral();

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        Native side = new Native(vu);
        Value module = vu.runtime().eval(SCRIPT).execute(side);
        Exports exports = Exports.of(module, Map.of("instrumentHTTP", module.getMember("instrumentHTTP"),
                "Client", module.getMember("Client")));
        return () -> exports;
    }

    /** What tracing.js calls in Java. */
    public static final class Native {
        private final VU vu;
        private boolean instrumented;

        Native(VU vu) {
            this.vu = vu;
        }

        /** The headers of {@code options}, or k6's reason for refusing them (thrown by tracing.js). */
        public Object headers(String propagator, double sampling, boolean baggage) {
            try {
                return new TraceHeaders(propagator, sampling, baggage);
            } catch (IllegalArgumentException e) {
                return "failed initializing tracing client, invalid configuration; reason: invalid options: " + e.getMessage();
            }
        }

        /** instrumentHTTP: null when done, else k6's error text. */
        public String instrument(TraceHeaders headers) {
            if (vu.initEnv().isEmpty()) {
                return "tracing module's instrumentHTTP can only be called in the init context";
            }
            if (instrumented) {
                return "tracing module's instrumentHTTP can only be called once. if you were attempting to reconfigure"
                        + " the instrumentation, please consider using the tracing.Client instead";
            }
            HttpInstrumentation.instrument(vu, headers);
            instrumented = true;
            return null;
        }
    }

    private static String script() {
        try (InputStream in = TracingModule.class.getResourceAsStream("tracing.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
