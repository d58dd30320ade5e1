package io.jk6.engine.run;

import io.jk6.api.js.Cancellation;
import io.jk6.api.js.InitEnvironment;
import io.jk6.api.js.ModuleLog;
import io.jk6.api.js.TestAbortedException;
import io.jk6.api.js.VU;
import io.jk6.api.js.VUState;
import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.engine.js.ScriptException;
import io.jk6.engine.js.VuRuntime;
import io.jk6.engine.secrets.SecretSources;
import io.jk6.engine.secrets.SecretsModule;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A VU: its JS runtime, its init context, its iterations and {@code setup()}/{@code teardown()}
 * calls, and what modules ask of it ({@link VU}). Its other parts have homes beside it:
 * {@link VuPosition} (its numbers, scenario, iteration and tags: {@link VUState}),
 * {@link SampleBuffer} (samples handed to the metrics once per iteration), {@link VuWork} (the
 * signal of its current work and how an iteration is cut), {@link VuInitEnvironment}.
 */
public final class VirtualUser implements VU, PooledVu, SecretsModule.WithSecrets {

    private final TestContext test;
    private final VuPosition position;
    private final SampleBuffer buffer;
    /** The signal of the work the VU does now, {@link #cancellation()}: renewed per iteration and lifecycle call. */
    private final VuWork work;
    private final VuRuntime runtime;
    private final Metric iterations;
    private final Metric iterationDuration;
    private boolean running;
    private Value exports;
    private Value function;
    private Value data;

    VirtualUser(long id, TestContext test, String scenario) {
        this(id, id, test, scenario);
    }

    /** @param idInTest the VU's number in the whole test, another than {@code id} in a segmented test */
    VirtualUser(long id, long idInTest, TestContext test, String scenario) {
        this.test = test;
        this.position = new VuPosition(id, idInTest, test, scenario);
        this.buffer = new SampleBuffer(test.sink());
        this.iterations = test.metrics().metric(BuiltinMetrics.ITERATIONS).orElseThrow();
        this.iterationDuration = test.metrics().metric(BuiltinMetrics.ITERATION_DURATION).orElseThrow();
        this.work = new VuWork(test.log()); // the init context's, for modules that block while it runs
        this.runtime = new VuRuntime(test.jsEngine(), test.modules(), this, test.script(), test.files(), test.env(),
                test.log());
        runtime.setGlobal("__VU", id);
    }

    /** Runs the init context; returns the script's exports. */
    Value init() throws ScriptException {
        try {
            exports = runtime.evaluate();
            runtime.endInit();
            return exports;
        } finally {
            work.finish();
        }
    }

    /**
     * Prepares the VU to run a scenario: its function {@code fn(data)} per iteration, with
     * {@code dataJson} setup()'s result, the scenario's {@code env} added to {@code __ENV} and its
     * tags on every sample. Each VU calls the function of its own Context: a JS value never crosses VUs.
     */
    void enter(ScenarioState state, String dataJson) {
        position.enter(state);
        runtime.useScenarioEnv(state.scenario().env());
        prepare(state.scenario().function(), dataJson);
    }

    void prepare(String exportName, String dataJson) {
        this.function = exports.getMember(exportName);
        this.data = dataJson == null ? null : runtime.context().eval("js", "JSON.parse").execute(dataJson);
        this.running = true;
    }

    /**
     * Calls {@code setup()} or {@code teardown(data)} once; returns the result as JSON (how k6
     * hands setup's data to every VU: each VU has its own JS world, so data is copied).
     *
     * @throws ScriptException when the function throws
     */
    String callOnce(String exportName, String dataJson) throws ScriptException {
        work.beginCall();
        prepare(exportName, dataJson);
        try {
            Value result = data == null ? runtime.call(function) : runtime.call(function, data);
            if (result == null || result.isNull()) {
                return null;
            }
            Value json = runtime.context().eval("js", "JSON.stringify").execute(result);
            return json.isNull() ? null : json.asString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScriptException(exportName + "() was interrupted", false, e);
        } catch (PolyglotException e) {
            if (isAbort(e)) {
                test.execution().abortedAt(ScriptException.callSite(e, runtime.scriptDirectory()));
            }
            throw ScriptException.from(e, runtime.scriptDirectory());
        } finally {
            work.finish();
            running = false;
            flush();
        }
    }

    /**
     * One iteration. An exception thrown by the script is logged with its location and the
     * test goes on, as in k6. Returns false when the iteration was cut short by a hard stop.
     */
    @Override
    public boolean runIteration() {
        work.beginIteration();
        long iteration = position.nextIteration();
        long start = System.nanoTime();
        boolean complete = true;
        try {
            runtime.iterate(function, iteration, data);
        } catch (InterruptedException e) {
            // hard stop while the iteration waited on its event loop (a timer, a Promise)
            complete = false;
            Thread.currentThread().interrupt();
        } catch (PolyglotException e) {
            // an error the interruption caused (a module's work cancelled through the signal) is no error
            if (e.isCancelled() || e.isInterrupted() || isAbort(e) || work.isCancelled()
                    || (isStopping() || work.isCut()) && (Thread.currentThread().isInterrupted() || isInterruption(e))) {
                complete = false;
                if (isAbort(e)) {
                    test.execution().abortedAt(ScriptException.callSite(e, runtime.scriptDirectory()));
                }
            } else {
                test.log().error(ScriptException.describe(e, runtime.scriptDirectory()) + "  source=stacktrace");
            }
        }
        work.endIteration();
        if (complete && work.isCut()) {
            // the graceful stop is over: sleep() or a request returned early on the interrupt and
            // the script ran to its end, but the iteration was cut short all the same
            complete = false;
        }
        long took = System.nanoTime() - start;
        if (complete) {
            double millis = took / 1e6;
            TagSet t = position.tags();
            buffer.add(Sample.of(iterations, t, 1));
            buffer.add(Sample.of(iterationDuration, t, millis));
        }
        flush();
        if (complete) {
            MinIterationDuration.sleepAfter(took, test.testOptions().minIterationDuration(), test.execution());
        }
        // Virtual threads are not preempted: a VU whose iterations never block (no I/O, no
        // sleep) would keep its carrier thread, and with more such VUs than cores, VUs being
        // started or stopped and the vus gauge would wait for a carrier. Go preempts goroutines;
        // here each VU offers its carrier once per iteration (cheap when no one else is waiting).
        Thread.yield();
        return complete;
    }

    /** The end of the graceful stop: see {@link VuWork#cut}. */
    @Override
    public void cut() {
        work.cut();
    }

    /**
     * Cancels the signal of the VU's current work ({@code setup()} or {@code teardown()} out of
     * time): modules end their blocking calls before the caller interrupts the VU.
     */
    void cancelWork() {
        work.cancel();
    }

    /** The end of a ramp-down's {@code gracefulRampDown} (the caller then interrupts its JS): see {@link VuWork#cutIteration}. */
    @Override
    public boolean cutIteration(Thread thread) {
        return work.cutIteration(thread);
    }

    /** A blocking host call (a module's) that the end of the graceful stop interrupted. */
    private static boolean isInterruption(PolyglotException e) {
        return e.isHostException() && e.asHostException() instanceof InterruptedException;
    }

    /** True when the script ended by {@code exec.test.abort()}: no script error to log. */
    static boolean isAbort(PolyglotException e) {
        return e.isHostException() && e.asHostException() instanceof TestAbortedException;
    }

    /** Hands buffered samples to the metrics engine. */
    void flush() {
        buffer.flush();
    }

    VuRuntime jsRuntime() {
        return runtime;
    }

    @Override
    public void interruptCode(Duration wait) throws TimeoutException {
        runtime.context().interrupt(wait);
    }

    /** The VU's number in this instance ({@code __VU}). */
    @Override
    public long vuId() {
        return position.vuId();
    }

    void close(boolean cancel) {
        if (cancel) {
            work.cancel(); // a VU still busy when the run ends: its work is abandoned
        }
        flush();
        runtime.close(cancel);
    }

    /** Hands modules these options from now on (the init VU learns them after the init context). */
    void useModuleOptions(Map<String, Object> options) {
        position.useModuleOptions(options);
    }

    /** The run's {@code --secret-source}s, for {@code k6/secrets}. */
    @Override
    public SecretSources secrets() {
        return test.secrets();
    }

    // --- VU (the extension API) ---

    @Override
    public Optional<VUState> state() {
        return running ? Optional.of(position) : Optional.empty();
    }

    @Override
    public Optional<InitEnvironment> initEnv() {
        return runtime.isInit() ? Optional.of(new VuInitEnvironment(test, runtime)) : Optional.empty();
    }

    @Override
    public MetricsRegistry metrics() {
        return test.metrics();
    }

    @Override
    public void push(SampleContainer samples) {
        if (work.isCut()) {
            // k6 pushes no sample once the iteration's context is done: a request the end of the
            // graceful stop interrupted is neither a failed request nor a duration
            return;
        }
        buffer.addAll(samples.samples());
    }

    @Override
    public io.jk6.api.js.ExecutionState executionState() {
        return test.execution();
    }

    @Override
    public boolean isStopping() {
        return test.execution().isStopping() || position.scenarioStopping();
    }

    @Override
    public Cancellation cancellation() {
        return work.signal();
    }

    @Override
    public void abortTest(String reason) {
        String full = reason == null ? "test aborted" : "test aborted: " + reason;
        test.execution().abortByScript(full);
        throw new TestAbortedException(full);
    }

    @Override
    public void failTest(String reason) {
        test.execution().markFailed(reason == null ? "test marked as failed" : "test marked as failed: " + reason);
    }

    @Override
    public Context runtime() {
        return runtime.context();
    }

    /** Modules' lines go to the run's log, k6's format, with the script's console lines. */
    @Override
    public ModuleLog log() {
        return test.log()::module;
    }

    @Override
    public Consumer<Runnable> registerCallback() {
        return runtime.eventLoop().registerCallback();
    }
}
