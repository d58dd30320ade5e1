package io.jk6.api.js;

import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.SampleContainer;
import java.util.Optional;
import java.util.function.Consumer;
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

    /**
     * The signal of the work the VU does now (an iteration, {@code setup()}, {@code teardown()},
     * its init context), cancelled when that work is interrupted: the end of a graceful stop or
     * ramp-down, the test's abort. A module doing blocking work registers how to end it early;
     * see {@link Cancellation}. Call it on the VU's thread; the signal itself is thread-safe.
     * A VU outside a test run gives {@link Cancellation#NEVER}.
     *
     * @since 1.5
     */
    default Cancellation cancellation() {
        return Cancellation.NEVER;
    }

    /**
     * Stops the whole test at once, as k6's {@code exec.test.abort()}: no new iterations start,
     * running ones are interrupted, the summary is still printed and jk6 exits with 108. The
     * first reason wins. Never returns normally: it throws {@link TestAbortedException}, which
     * ends the calling JS code and which the module lets propagate. Thread-safe.
     *
     * @param reason shown as {@code test aborted: <reason>}; null for none
     */
    void abortTest(String reason);

    /**
     * Marks the test as failed, as k6's {@code exec.test.fail()}: the test runs to its end and
     * jk6 then exits with 110 (99 when thresholds failed too). Thread-safe.
     *
     * @param reason logged with the mark; null for none
     */
    void failTest(String reason);

    /** The VU's JavaScript runtime, for modules that build JS values themselves. */
    Context runtime();

    /**
     * Reserves a turn on the VU's event loop for work that finishes on another thread, as k6's
     * {@code RegisterCallback}: call it on the VU's thread (from a JS call), then call the
     * returned consumer exactly once, from any thread, with the task to run back on the VU's
     * thread, where it may touch JS values (resolve or reject a Promise). The iteration does not
     * end before the task ran; if the VU is stopped first, the task is dropped.
     *
     * <pre>{@code
     * Consumer<Runnable> enqueue = vu.registerCallback();
     * client.sendAsync(request).whenComplete((reply, error) ->
     *         enqueue.accept(() -> resolve.execute(reply.body())));
     * }</pre>
     *
     * A method returning a {@code CompletionStage} gets this for free: its Promise settles
     * through the event loop.
     *
     * @since 1.2.0
     */
    Consumer<Runnable> registerCallback();

    /**
     * The test's log, where a module writes what the user should read (k6's
     * {@code State().Logger}): {@code vu.log().warn("Request Failed", Map.of("error", why))}.
     * An engine that has no log of its own gives {@code System.Logger} {@code io.jk6.module}.
     *
     * @since 1.2
     */
    default ModuleLog log() {
        System.Logger fallback = System.getLogger("io.jk6.module");
        return (level, message, fields) -> fallback.log(level, fields.isEmpty() ? message : message + " " + fields);
    }
}
