package io.jk6.api.js;

import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.SampleContainer;
import java.util.Optional;
import org.graalvm.polyglot.Context;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a module instance may use of the VU it belongs to, as k6's {@code modules.VU}.
 * Every method is to be called on the VU's own thread unless it says otherwise.
 */
@ProviderType
public interface VU {

    /** The VU's state while it runs iterations; empty during the init context. */
    Optional<VUState> state();

    /** The init environment; present only while the VU's init context is evaluated. */
    Optional<InitEnvironment> initEnv();

    /** The registry of the test run, to create metrics. Thread-safe. */
    MetricsRegistry metrics();

    /**
     * Hands samples to the test run's metrics. Cheap: samples are buffered per VU. Samples
     * pushed after the test ended are dropped.
     */
    void push(SampleContainer samples);

    /** The whole test run's state: active VUs, iterations so far. Thread-safe. */
    ExecutionState executionState();

    /** True once the test run is stopping: long operations should end early. Thread-safe. */
    boolean isStopping();

    /** The VU's JavaScript runtime, for modules that build JS values themselves. */
    Context runtime();
}
