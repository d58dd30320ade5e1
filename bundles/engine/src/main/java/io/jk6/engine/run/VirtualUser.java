package io.jk6.engine.run;

import io.jk6.api.js.InitEnvironment;
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
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A VU: its JS runtime, identity, tags and a buffer of samples handed to the metrics once per
 * iteration (one lock per iteration instead of one per sample).
 */
public final class VirtualUser implements VU, VUState {

    private final long id;
    private final TestContext test;
    private List<Sample> buffer = new ArrayList<>();
    private final VuRuntime runtime;
    private final Metric iterations;
    private final Metric iterationDuration;
    private final Map<String, Object> moduleOptions;
    private TagSet tags;
    private long iteration = -1;
    private long scenarioIteration = -1;
    private String executor = "";
    private boolean running;
    private Value exports;
    private Value function;
    private Value data;

    VirtualUser(long id, TestContext test, String scenario) {
        this.id = id;
        this.test = test;
        this.tags = test.baseTags().with("scenario", scenario).with("group", "");
        this.iterations = test.metrics().metric(BuiltinMetrics.ITERATIONS).orElseThrow();
        this.iterationDuration = test.metrics().metric(BuiltinMetrics.ITERATION_DURATION).orElseThrow();
        this.moduleOptions = test.options().forModules();
        this.runtime = new VuRuntime(test.jsEngine(), test.modules(), this, test.script(), test.env(), test.log());
        runtime.setGlobal("__VU", id);
    }

    /** Runs the init context; returns the script's exports. */
    Value init() throws ScriptException {
        exports = runtime.evaluate();
        runtime.endInit();
        return exports;
    }

    /**
     * Prepares the VU to call its own {@code fn(data)} per iteration; {@code dataJson} is setup()'s
     * result. Each VU calls the function of its own Context: a JS value never crosses VUs.
     */
    void prepare(String exportName, String dataJson, String executorType) {
        this.executor = executorType;
        prepare(exportName, dataJson);
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
        prepare(exportName, dataJson);
        try {
            Value result = data == null ? function.execute() : function.execute(data);
            if (result == null || result.isNull()) {
                return null;
            }
            Value json = runtime.context().eval("js", "JSON.stringify").execute(result);
            return json.isNull() ? null : json.asString();
        } catch (PolyglotException e) {
            if (isAbort(e)) {
                test.execution().abortedAt(ScriptException.callSite(e, runtime.scriptDirectory()));
            }
            throw ScriptException.from(e, runtime.scriptDirectory());
        } finally {
            running = false;
            flush();
        }
    }

    /**
     * One iteration. An exception thrown by the script is logged with its location and the
     * test goes on, as in k6. Returns false when the iteration was cut short by a hard stop.
     */
    boolean runIteration() {
        iteration++;
        scenarioIteration = test.execution().nextScenarioIteration();
        runtime.setGlobal("__ITER", iteration);
        long start = System.nanoTime();
        boolean complete = true;
        try {
            if (data == null) {
                function.execute();
            } else {
                function.execute(data);
            }
        } catch (PolyglotException e) {
            if (e.isCancelled() || e.isInterrupted() || isAbort(e)
                    || test.execution().isStopping() && Thread.currentThread().isInterrupted()) {
                complete = false;
                if (isAbort(e)) {
                    test.execution().abortedAt(ScriptException.callSite(e, runtime.scriptDirectory()));
                }
            } else {
                test.log().error(ScriptException.describe(e, runtime.scriptDirectory()) + "  source=stacktrace");
            }
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
        return complete;
    }

    /**
     * k6's {@code minIterationDuration}: a complete iteration shorter than it is followed by a
     * sleep for the rest (not counted in {@code iteration_duration}, as in k6). The sleep ends
     * early when the test stops.
     */
    private void sleepForMinIterationDuration(long tookNanos) {
        java.time.Duration min = test.options().minIterationDuration();
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
        flush();
        runtime.close(cancel);
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
        });
    }

    @Override
    public MetricsRegistry metrics() {
        return test.metrics();
    }

    @Override
    public void push(SampleContainer samples) {
        buffer.addAll(samples.samples());
    }

    @Override
    public io.jk6.api.js.ExecutionState executionState() {
        return test.execution();
    }

    @Override
    public boolean isStopping() {
        return test.execution().isStopping();
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

    // --- VUState ---

    @Override
    public long vuId() {
        return id;
    }

    @Override
    public long vuIdGlobal() {
        return id;
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
        return test.execution().scenarioStart();
    }

    @Override
    public long scenarioIteration() {
        return Math.max(scenarioIteration, 0);
    }

    @Override
    public TagSet tags() {
        return tags;
    }

    @Override
    public Optional<Object> option(String name) {
        return Optional.ofNullable(moduleOptions.get(name));
    }

    @Override
    public void setTags(TagSet tags) {
        this.tags = tags;
    }
}
