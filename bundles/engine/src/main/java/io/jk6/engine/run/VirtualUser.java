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
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A VU: its JS runtime, identity, tags and a buffer of samples handed to the metrics once per
 * iteration (one lock per iteration instead of one per sample).
 */
public final class VirtualUser implements VU, VUState, SecretsModule.WithSecrets {

    private final long id;
    /** The VU's number in the whole test: {@link #id} unless the test is segmented. */
    private final long idInTest;
    private final TestContext test;
    private List<Sample> buffer = new ArrayList<>();
    private final VuRuntime runtime;
    private final Metric iterations;
    private final Metric iterationDuration;
    // Replaced once the options are consolidated: the init VU also runs setup() and teardown().
    private volatile Map<String, Object> moduleOptions;
    // options(): the script's options with moduleOptions over them, merged again when either changes
    private Map<String, Object> consolidatedFromScript;
    private Map<String, Object> consolidatedFromModules;
    private Map<String, Object> consolidated = Map.of();
    private TagSet tags;
    private long iteration = -1;
    private long scenarioIteration = -1;
    private long scenarioIterationInTest = -1;
    private String executor = "";
    private ScenarioState scenario;
    /** Set when the end of a graceful stop interrupts the VU: its iteration does not count. */
    private volatile boolean cut;
    // Guards iterating/cut against an interrupt landing between two iterations (see cutIteration).
    private final Object cutLock = new Object();
    private boolean iterating;
    /** The iteration was cut by a ramp-down: the VU's loop goes on, so its thread's interrupt is cleared. */
    private boolean cutByRampDown;
    private boolean running;
    /** The signal of the work the VU does now, {@link #cancellation()}: renewed per iteration and lifecycle call. */
    private volatile WorkCancellation work;
    private Value exports;
    private Value function;
    private Value data;

    VirtualUser(long id, TestContext test, String scenario) {
        this(id, id, test, scenario);
    }

    /** @param idInTest the VU's number in the whole test, another than {@code id} in a segmented test */
    VirtualUser(long id, long idInTest, TestContext test, String scenario) {
        this.id = id;
        this.idInTest = idInTest;
        this.test = test;
        this.tags = test.baseTags().with("scenario", scenario).with("group", "");
        this.iterations = test.metrics().metric(BuiltinMetrics.ITERATIONS).orElseThrow();
        this.iterationDuration = test.metrics().metric(BuiltinMetrics.ITERATION_DURATION).orElseThrow();
        this.moduleOptions = test.moduleOptions();
        this.work = newWork(); // the init context's, for modules that block while it runs
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

    private WorkCancellation newWork() {
        return new WorkCancellation(e -> test.log().warn("a module's action on the VU's interruption failed: "
                + (e.getMessage() != null ? e.getMessage() : e.toString())));
    }

    /**
     * Prepares the VU to run a scenario: its function {@code fn(data)} per iteration, with
     * {@code dataJson} setup()'s result, the scenario's {@code env} added to {@code __ENV} and its
     * tags on every sample. Each VU calls the function of its own Context: a JS value never crosses VUs.
     */
    void enter(ScenarioState state, String dataJson) {
        var s = state.scenario();
        this.scenario = state;
        this.executor = s.executor().type();
        this.tags = test.baseTags().withAll(s.tags()).with("scenario", s.name())
                .with("group", "");
        runtime.useScenarioEnv(s.env());
        prepare(s.function(), dataJson);
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
        work = newWork();
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
    boolean runIteration() {
        synchronized (cutLock) {
            iterating = true;
            cut = false; // a VU cut at the end of one scenario (or ramp-down) may run again: afresh
            work = newWork();
        }
        iteration++;
        scenarioIteration = scenario != null ? scenario.nextIteration() : test.execution().nextScenarioIteration();
        scenarioIterationInTest = scenario != null ? scenario.iterationInTest(scenarioIteration) : scenarioIteration;
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
                    || (isStopping() || cut) && (Thread.currentThread().isInterrupted() || isInterruption(e))) {
                complete = false;
                if (isAbort(e)) {
                    test.execution().abortedAt(ScriptException.callSite(e, runtime.scriptDirectory()));
                }
            } else {
                test.log().error(ScriptException.describe(e, runtime.scriptDirectory()) + "  source=stacktrace");
            }
        }
        synchronized (cutLock) {
            iterating = false;
            work.finish();
            if (cutByRampDown) {
                // the interrupt was for this iteration only: the VU may loop again later
                cutByRampDown = false;
                Thread.interrupted();
            }
        }
        if (complete && cut) {
            // the graceful stop is over: sleep() or a request returned early on the interrupt and
            // the script ran to its end, but the iteration was cut short all the same
            complete = false;
        }
        long took = System.nanoTime() - start;
        if (complete) {
            double millis = took / 1e6;
            TagSet t = tags;
            buffer.add(Sample.of(iterations, t, 1));
            buffer.add(Sample.of(iterationDuration, t, millis));
        }
        flush();
        if (complete) {
            sleepForMinIterationDuration(took);
        }
        // Virtual threads are not preempted: a VU whose iterations never block (no I/O, no
        // sleep) would keep its carrier thread, and with more such VUs than cores, VUs being
        // started or stopped and the vus gauge would wait for a carrier. Go preempts goroutines;
        // here each VU offers its carrier once per iteration (cheap when no one else is waiting).
        Thread.yield();
        return complete;
    }

    /** The end of the graceful stop interrupts this VU's iteration, which is then not counted as complete. */
    void cut() {
        cut = true;
        work.cancel();
    }

    /**
     * Cancels the signal of the VU's current work ({@code setup()} or {@code teardown()} out of
     * time): modules end their blocking calls before the caller interrupts the VU.
     */
    void cancelWork() {
        work.cancel();
    }

    /**
     * The end of a ramp-down's {@code gracefulRampDown}: interrupts the iteration the VU runs now
     * on {@code thread} (its blocking call; the caller then interrupts its JS). Does nothing and
     * returns false when the VU is between iterations or already cut, so an idle VU is never
     * interrupted.
     */
    boolean cutIteration(Thread thread) {
        synchronized (cutLock) {
            if (!iterating || cut) {
                return false;
            }
            cut = true;
            cutByRampDown = true;
            work.cancel(); // first: a module's blocking call ends cleanly before the interrupt lands
            thread.interrupt();
            return true;
        }
    }

    /** A blocking host call (a module's) that the end of the graceful stop interrupted. */
    private static boolean isInterruption(PolyglotException e) {
        return e.isHostException() && e.asHostException() instanceof InterruptedException;
    }

    /**
     * k6's {@code minIterationDuration}: a complete iteration shorter than it is followed by a
     * sleep for the rest (not counted in {@code iteration_duration}, as in k6). The sleep ends
     * early when the test stops.
     */
    private void sleepForMinIterationDuration(long tookNanos) {
        java.time.Duration min = test.testOptions().minIterationDuration();
        if (min == null) {
            return;
        }
        long deadline = System.nanoTime() + min.toNanos() - tookNanos;
        try {
            long left;
            while (!test.execution().isStopping() && (left = deadline - System.nanoTime()) > 0) {
                java.util.concurrent.TimeUnit.NANOSECONDS.sleep(Math.min(left, 50_000_000L));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True when the script ended by {@code exec.test.abort()}: no script error to log. */
    static boolean isAbort(PolyglotException e) {
        return e.isHostException() && e.asHostException() instanceof TestAbortedException;
    }

    /** Hands buffered samples to the metrics engine. */
    void flush() {
        if (!buffer.isEmpty()) {
            List<Sample> full = buffer;
            buffer = new ArrayList<>(full.size());
            test.sink().accept(full);
        }
    }

    VuRuntime jsRuntime() {
        return runtime;
    }

    void close(boolean cancel) {
        if (cancel) {
            work.cancel(); // a VU still busy when the run ends: its work is abandoned
        }
        flush();
        runtime.close(cancel);
    }

    /** The run's {@code --secret-source}s, for {@code k6/secrets}. */
    @Override
    public SecretSources secrets() {
        return test.secrets();
    }

    // --- VU (the extension API) ---

    @Override
    public Optional<VUState> state() {
        return running ? Optional.of(this) : Optional.empty();
    }

    @Override
    public Optional<InitEnvironment> initEnv() {
        if (!runtime.isInit()) {
            return Optional.empty();
        }
        Map<String, String> env = test.env();
        Path dir = runtime.scriptDirectory();
        return Optional.of(new InitEnvironment() {
            @Override
            public Map<String, String> env() {
                return env;
            }

            @Override
            public Path scriptDirectory() {
                return dir;
            }

            @Override
            public <T> T shared(String key, Supplier<? extends T> factory) {
                return test.shared().get(key, factory);
            }

            @Override
            public byte[] readFile(String path) throws java.io.IOException {
                // through the run's files, as open(): once per run, recorded for jk6 archive
                return runtime.readFile(path);
            }
        });
    }

    @Override
    public MetricsRegistry metrics() {
        return test.metrics();
    }

    @Override
    public void push(SampleContainer samples) {
        if (cut) {
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
        return test.execution().isStopping() || scenario != null && scenario.isStopping();
    }

    @Override
    public Cancellation cancellation() {
        return work;
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

    // --- VUState ---

    @Override
    public long vuId() {
        return id;
    }

    @Override
    public long vuIdGlobal() {
        return idInTest;
    }

    @Override
    public long iteration() {
        return Math.max(iteration, 0);
    }

    @Override
    public String scenario() {
        return tags.get("scenario");
    }

    @Override
    public String executor() {
        return executor;
    }

    @Override
    public Instant scenarioStartTime() {
        return scenario != null ? scenario.startTime() : test.execution().scenarioStart();
    }

    @Override
    public double scenarioProgress() {
        return scenario == null ? 0 : scenario.progress().fraction();
    }

    @Override
    public long scenarioIteration() {
        return Math.max(scenarioIteration, 0);
    }

    @Override
    public long scenarioIterationInTest() {
        return Math.max(scenarioIterationInTest, 0);
    }

    @Override
    public Map<String, Object> options() {
        Map<String, Object> script = test.options().get();
        Map<String, Object> modules = moduleOptions;
        if (script != consolidatedFromScript || modules != consolidatedFromModules) {
            // both change at most once or twice per VU (options read, then consolidated)
            Map<String, Object> merged = new LinkedHashMap<>(script);
            merged.putAll(modules);
            consolidated = Collections.unmodifiableMap(merged);
            consolidatedFromScript = script;
            consolidatedFromModules = modules;
        }
        return consolidated;
    }

    @Override
    public TagSet tags() {
        return tags;
    }

    /** Hands modules these options from now on (the init VU learns them after the init context). */
    void useModuleOptions(Map<String, Object> options) {
        this.moduleOptions = options;
    }

    @Override
    public void setTags(TagSet tags) {
        this.tags = tags;
    }
}
