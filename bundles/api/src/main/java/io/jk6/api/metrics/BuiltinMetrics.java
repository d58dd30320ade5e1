package io.jk6.api.metrics;

import java.util.Collection;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The metrics every run has before the script runs, as k6's {@code metrics.BuiltinMetrics}: the
 * test's own ({@code vus}, {@code iterations}...) and those of k6/http, which the modules that
 * emit them share ({@link MetricsRegistry#newMetric} returns these). The same {@link Metric}
 * objects as in the run's samples, so an output can compare them by identity:
 *
 * <pre>{@code
 * if (sample.metric() == builtin.httpReqs()) { requests++; }
 * }</pre>
 *
 * Thread-safe.
 *
 * @since 1.2
 */
@ProviderType
public interface BuiltinMetrics {

    /** The built-in metric named {@code name} ({@code http_req_duration}); empty for any other name. */
    Optional<Metric> metric(String name);

    /** Every built-in metric. */
    Collection<Metric> metrics();

    /** {@code vus}: VUs running, a gauge. */
    default Metric vus() {
        return named("vus");
    }

    /** {@code vus_max}: VUs initialized, a gauge. */
    default Metric vusMax() {
        return named("vus_max");
    }

    /** {@code iterations}: complete iterations, a counter. */
    default Metric iterations() {
        return named("iterations");
    }

    /** {@code iteration_duration}: a trend of times. */
    default Metric iterationDuration() {
        return named("iteration_duration");
    }

    /** {@code dropped_iterations}: iterations an arrival-rate executor could not start, a counter. */
    default Metric droppedIterations() {
        return named("dropped_iterations");
    }

    /** {@code checks}: a rate. */
    default Metric checks() {
        return named("checks");
    }

    /** {@code group_duration}: a trend of times. */
    default Metric groupDuration() {
        return named("group_duration");
    }

    /** {@code data_sent}: bytes, a counter. */
    default Metric dataSent() {
        return named("data_sent");
    }

    /** {@code data_received}: bytes, a counter. */
    default Metric dataReceived() {
        return named("data_received");
    }

    /** {@code http_reqs}: a counter. */
    default Metric httpReqs() {
        return named("http_reqs");
    }

    /** {@code http_req_failed}: a rate. */
    default Metric httpReqFailed() {
        return named("http_req_failed");
    }

    /**
     * {@code http_req_duration}: a trend of times. The request's phases are {@link #metric(String)
     * metric("http_req_blocked")}, {@code http_req_connecting}, {@code http_req_tls_handshaking},
     * {@code http_req_sending}, {@code http_req_waiting}, {@code http_req_receiving}.
     */
    default Metric httpReqDuration() {
        return named("http_req_duration");
    }

    private Metric named(String name) {
        return metric(name).orElseThrow(() -> new IllegalStateException("no built-in metric " + name));
    }
}
