package io.jk6.http.tracing;

import io.jk6.api.js.VU;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/**
 * How k6/experimental/tracing reaches the k6/http of the same VU: the http module instance registers a
 * setter for its VU here, and instrumentHTTP calls it. (k6 replaces the http module object's functions;
 * jk6's {@code http} is a Java object whose methods are called directly, fastest, and cannot be replaced.)
 * Weak keys: a VU that is gone leaves nothing behind.
 */
public final class HttpInstrumentation {

    private static final Map<VU, Consumer<TraceHeaders>> BY_VU = new WeakHashMap<>();

    private HttpInstrumentation() {
    }

    /** Called by k6/http for its VU; {@code setter} must not hold the VU. */
    public static synchronized void register(VU vu, Consumer<TraceHeaders> setter) {
        BY_VU.put(vu, setter);
    }

    public static synchronized void unregister(VU vu) {
        BY_VU.remove(vu);
    }

    /** Makes the VU's k6/http add {@code headers} to each request; the VU imports k6/http first. */
    static void instrument(VU vu, TraceHeaders headers) {
        Consumer<TraceHeaders> setter;
        synchronized (HttpInstrumentation.class) {
            setter = BY_VU.get(vu);
        }
        if (setter != null) {
            setter.accept(headers);
        }
    }
}
