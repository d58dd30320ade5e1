package io.jk6.engine.run;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.TagSet;
import io.jk6.engine.config.ConfigException;
import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.TestOptions;
import io.jk6.engine.executor.ExternallyControlled;
import io.jk6.engine.js.JsValues;
import io.jk6.engine.js.ModuleRegistry;
import io.jk6.engine.js.ScriptException;
import io.jk6.engine.js.ScriptFiles;
import io.jk6.engine.metrics.MetricsEngine;
import io.jk6.engine.output.OutputException;
import io.jk6.engine.output.RunOutputs;
import io.jk6.engine.thresholds.AbortOnFailWatch;
import io.jk6.engine.thresholds.Thresholds;
import io.jk6.engine.thresholds.ThresholdsJudge;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;

/**
 * One test run, k6's life cycle, and its scheduler: the init context once to read
 * {@code options}, every VU's init context, {@code setup()}, the scenarios' executors, each on its
 * own thread from its start time, {@code teardown(data)}. Everything else has a home beside it,
 * which this class only calls: {@link PlannedRun} (the options, thresholds and plan, checked),
 * {@link RunVUs} (where VUs come from), {@link SampleSink} (where samples go, the outputs),
 * {@link RunControl} (stop, pause, VUs from outside), {@link LifecycleCalls} ({@code setup} and
 * {@code teardown} and their time limits), {@link SummaryVu} ({@code handleSummary}),
 * {@link RunOutcome} (how it ended). Its public methods that steer or read the run are there for
 * the CLI, the REST API, the shell and the test kit, and delegate. It never prints the summary
 * itself; the caller gets a {@link RunResult} with everything measured.
 */
public final class TestRun {

    private final Engine jsEngine;
    private final ModuleRegistry modules;
    private final Path script;
    private final ScriptFiles files;
    private final Map<String, String> env;
    private final OptionLayer higherOptions;
    private final RunLog log;
    private final RunListener listener;
    private final MetricsEngine metrics = new MetricsEngine();
    private final io.jk6.api.metrics.BuiltinMetrics builtinMetrics = BuiltinMetrics.register(metrics);
    private final ExecutionState execution = new ExecutionState();
    private final LifecycleCalls lifecycle = new LifecycleCalls(execution);
    /** k6/data SharedArrays and the like: built once by the first VU, read by all, dropped with the run. */
    private final SharedObjects shared = new SharedObjects();
    private final SampleSink sink;
    private final RunControl control;
    private final RunVUs vus;
    private volatile Map<String, Object> scriptOptions = Map.of();
    /** Options frozen in an archive: they replace what the script exports, as in k6. */
    private Map<String, Object> frozenOptions;
    private volatile ExecutionPlan plan;
    private volatile ThresholdsJudge judge = new ThresholdsJudge(Thresholds.none(), metrics);
    private OptionLayer configFileOptions = OptionLayer.empty();
    private boolean thresholdsDisabled;
    private io.jk6.engine.secrets.SecretSources secrets = io.jk6.engine.secrets.SecretSources.NONE;
    private String setupData;
    /** The init VU, kept open after the run when the script exports handleSummary. */
    private SummaryVu summaryVu;

    /**
     * @param higherOptions the environment's and command line's options, already merged; they
     *                      win over the script's
     */
    public TestRun(Engine jsEngine, ModuleRegistry modules, Path script, Map<String, String> env,
            OptionLayer higherOptions, RunLog log, RunListener listener) {
        this(jsEngine, modules, script, env, higherOptions, log, listener, RunOutputs.none());
    }

    /** @param outputs where samples go besides the summary ({@code --out}); created and started by the run */
    public TestRun(Engine jsEngine, ModuleRegistry modules, Path script, Map<String, String> env,
            OptionLayer higherOptions, RunLog log, RunListener listener, RunOutputs outputs) {
        this(jsEngine, modules, script, ScriptFiles.onDisk(jsEngine), env, higherOptions, log, listener, outputs);
    }

    /** @param files where the script and its imports and opened files are read: the disk or an archive */
    public TestRun(Engine jsEngine, ModuleRegistry modules, Path script, ScriptFiles files, Map<String, String> env,
            OptionLayer higherOptions, RunLog log, RunListener listener, RunOutputs outputs) {
        this.sink = new SampleSink(metrics, outputs);
        this.jsEngine = jsEngine;
        this.modules = modules;
        this.script = script;
        this.files = files;
        this.env = env;
        this.higherOptions = higherOptions;
        this.log = log;
        this.listener = listener;
        this.control = new RunControl(execution, log, () -> plan);
        this.vus = new RunVUs(execution, log);
    }

    /** Ctrl-C: no new iterations; running ones get their graceful stop (see {@link RunControl}). */
    public void abort() {
        control.abort();
    }

    /** Stops the test as Ctrl-C does, for a reason of the caller's (the REST API's): {@link RunControl#stop}. */
    public void stop(RunOutcome reason) {
        control.stop(reason);
    }

    public ExecutionState execution() {
        return execution;
    }

    /** The run's metrics, live: what the summary will aggregate. */
    public MetricsEngine metrics() {
        return metrics;
    }

    /** Runs with these options (an archive's, already merged) instead of those the script exports. */
    public void useFrozenOptions(Map<String, Object> options) {
        this.frozenOptions = options;
    }

    /**
     * Evaluates the init context once, as {@code jk6 archive} and {@code inspect} need: the
     * script's {@code options} (checked) come back with every layer applied over them, and the
     * run's {@link ScriptFiles} know every file it read.
     *
     * @throws ScriptException an error in the init context (exit 107)
     * @throws ConfigException invalid options (exit 104)
     */
    public InitResult initOnce() throws ScriptException, ConfigException {
        VirtualUser first = new VirtualUser(0, initContext(), ExecutionPlan.DEFAULT_SCENARIO);
        try {
            InitResult init = layers().consolidate(first.init());
            scriptOptions = init.scriptOptions();
            return init;
        } finally {
            first.close(true);
        }
    }

    /**
     * What the init context gave.
     *
     * @param scriptOptions the script's {@code options} as written (an archive's frozen ones), empty when none
     * @param consolidated  every option layer applied: what a run would use
     */
    public record InitResult(Map<String, Object> scriptOptions, OptionLayer consolidated) {
    }

    /** The options of a {@code --config} file: below the script's, as in k6. */
    public TestRun configFile(OptionLayer options) {
        this.configFileOptions = options;
        return this;
    }

    /** {@code --no-thresholds}: thresholds are neither judged nor shown. */
    public TestRun noThresholds(boolean disabled) {
        this.thresholdsDisabled = disabled;
        return this;
    }

    /** The sources {@code k6/secrets} reads ({@code --secret-source}); none unless set. */
    public TestRun secrets(io.jk6.engine.secrets.SecretSources sources) {
        this.secrets = sources;
        return this;
    }

    public io.jk6.engine.secrets.SecretSources secrets() {
        return secrets;
    }

    /** How the run ended, once {@link #run} returned (see {@link RunOutcome#atEnd}). */
    public RunOutcome outcome() {
        ThresholdsJudge.Verdict verdict = judge.verdict();
        if (verdict == null) {
            throw new IllegalStateException("the run has not ended: its thresholds are not judged yet");
        }
        return RunOutcome.atEnd(execution.firstStop(), verdict.report(), execution.failReason());
    }

    /**
     * How a run that {@link #run} ended with {@code failure} ended: an abort in the init context
     * is the abort, not the error it travelled as.
     */
    public RunOutcome outcomeOf(Exception failure) {
        return RunOutcome.ofFailure(failure, execution.abortReason());
    }

    /** Whether the script exports {@code handleSummary} and can be called by {@link #handleSummary}. */
    public boolean hasHandleSummary() {
        return summaryVu != null;
    }

    /**
     * Calls the script's {@code handleSummary(data)} in the init VU, with k6's {@code setup_data}.
     *
     * @param dataJson k6's summary data as JSON (see {@code HandleSummaryData})
     * @return what it returned, by output name; null when it returned nothing (the default summary is due)
     * @throws ScriptException it threw or returned something else than an object of strings and ArrayBuffers
     */
    public Map<String, byte[]> handleSummary(String dataJson) throws ScriptException {
        return summaryVu.handleSummary(dataJson);
    }

    /** Releases the VU kept for {@code handleSummary}; call once the summary is done. */
    public void close() {
        if (summaryVu != null) {
            summaryVu.close();
            summaryVu = null;
        }
    }

    /**
     * Runs the test, then judges its thresholds over everything it measured.
     *
     * @throws ScriptException an error in the init context, setup or teardown (exit 107)
     * @throws ConfigException invalid options (exit 104)
     * @throws OutputException an output could not be created or started
     */
    public RunResult run() throws ScriptException, ConfigException, OutputException, InterruptedException {
        Ran ran = runToEnd();
        // after runToEnd's finally: every VU has flushed its last samples
        ThresholdsJudge.Verdict verdict = judge.atEnd(ran.duration());
        return new RunResult(metrics, ran.options(), ran.plan(), ran.duration(), execution.completeIterations(),
                execution.interruptedIterations(), control.isAborted(), verdict);
    }

    /** Where {@link #runToEnd} stopped: the options and plan it ran (null when invalid) and the test's running time. */
    private record Ran(OptionLayer options, ExecutionPlan plan, Duration duration) {
    }

    private Ran runToEnd() throws ScriptException, ConfigException, OutputException, InterruptedException {
        VirtualUser first = new VirtualUser(0, initContext(), ExecutionPlan.DEFAULT_SCENARIO);
        Throwable failure = null;
        Value exports = null;
        try {
            exports = first.init();
            PlannedRun planned = PlannedRun.of(exports, layers(), thresholdsDisabled, metrics);
            scriptOptions = planned.scriptOptions();
            OptionLayer options = planned.options();
            Thresholds thresholds = planned.thresholds();
            this.judge = new ThresholdsJudge(thresholds, metrics);
            ExecutionPlan plan = planned.plan();
            plan.warnings().forEach(log::warn);
            this.plan = plan;
            thresholds.registerSubmetrics(metrics);
            sink.createOutputs(script, files, planned, builtinMetrics, control::stopByOutput);
            listener.planned(plan, options);
            sink.startOutputs();

            TestContext test = context(options.tags() == null ? TagSet.empty() : TagSet.of(options.tags()),
                    options.test(), ConsolidatedOptions.of(options, plan, scriptOptions));
            first.useModuleOptions(test.moduleOptions());
            long initStart = System.nanoTime();
            execution.status(ExecutionStatus.INIT_VUS);
            int initialized = vus.initialize(test, plan);
            execution.status(ExecutionStatus.INIT_DONE);
            listener.initialized(initialized, Duration.ofNanos(System.nanoTime() - initStart));
            if (!control.awaitResumedIfPaused()) {
                return ran(options, plan);
            }
            execution.markStarted();
            execution.status(ExecutionStatus.SETUP);
            String data = options.test().skipSetup() ? null
                    : lifecycle.call(first, exports, "setup", null, options.test().setupTimeoutOrDefault());
            setupData = data;
            if (control.isAborted() || lifecycle.timeout() != null) {
                execution.status(ExecutionStatus.INTERRUPTED);
                return ran(options, plan);
            }
            if (plan.scenarios().stream().anyMatch(s -> s.exec() == null) && !JsValues.isFunction(exports, "default")) {
                throw new ScriptException("the script has no default function: export default function () { ... }", false, null);
            }
            // the scenarios' states, known to the test before the first starts
            List<ScenarioState> states = plan.scenarios().stream().map(ScenarioState::new).toList();
            execution.scenarios(states);
            VusGauge gauge = new VusGauge(metrics, sink, execution, plan.initialVUs());
            gauge.start();
            listener.started(execution);
            execution.status(ExecutionStatus.RUNNING);
            execution.markScenarioStarted();
            AbortOnFailWatch watch = judge.watch(execution::elapsed, execution::abortByThresholds);
            try {
                runScenarios(states, data);
            } finally {
                watch.stop();
                gauge.stop();
                listener.finished(execution);
            }
            if (!options.test().skipTeardown()) {
                execution.status(ExecutionStatus.TEARDOWN);
                lifecycle.call(first, exports, "teardown", data, options.test().teardownTimeoutOrDefault());
            }
            // as k6: a test the script marked as failed ends as such, stopped early or not
            execution.status(execution.failReason() != null ? ExecutionStatus.MARKED_AS_FAILED
                    : control.isAborted() ? ExecutionStatus.INTERRUPTED : ExecutionStatus.ENDED);
            return ran(options, plan);
        } catch (ScriptException | ConfigException | OutputException | InterruptedException | RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            summaryVu = SummaryVu.keepOrClose(first, failure == null ? exports : null, setupData);
            vus.closeAll();
            // after every VU flushed its last samples: outputs get the whole run
            sink.stopOutputs(failure);
        }
    }

    /** The VUs of the {@code externally-controlled} scenario, for the shell and the REST API: {@link RunControl#setVUs}. */
    public void setVUs(int count) {
        control.setVUs(count);
    }

    /** The first {@code externally-controlled} scenario's executor, once the scenarios are planned. */
    public Optional<ExternallyControlled> externallyControlled() {
        return control.externallyControlled();
    }

    /** Pauses or resumes the test as k6's {@code SetPaused}: {@link RunControl#setPaused}. */
    public void setPaused(boolean pause) {
        control.setPaused(pause);
    }

    /** The test's thresholds and their judge, once parsed (none before, and with --no-thresholds). */
    public ThresholdsJudge thresholds() {
        return judge;
    }

    /** The test's scenarios, or null while the init context has not run yet. */
    public ExecutionPlan plan() {
        return plan;
    }

    /** The pool of a scenario starting now: its VUs, and more from {@link RunVUs} when its executor needs them. */
    private VuPool startPool(ScenarioState state, String data) throws InterruptedException {
        Metric dropped = metrics.metric(BuiltinMetrics.DROPPED_ITERATIONS).orElseThrow();
        return new VuPool(vus.take(state, data), execution, state, () -> vus.unplanned(state, data), sink,
                dropped, log, NanoClock.SYSTEM);
    }

    /**
     * Runs every scenario at once, each on its own platform thread (arrival-rate schedules park
     * there precisely) from its {@code startTime} after now, and waits for all of them.
     */
    private void runScenarios(List<ScenarioState> states, String data) throws InterruptedException {
        long start = System.nanoTime();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> runners = new ArrayList<>();
        for (ScenarioState state : states) {
            runners.add(Thread.ofPlatform().daemon().name("scenario-" + state.name()).start(() -> {
                try {
                    // k6: a segment with no VU or iteration of the scenario does not run it
                    if (state.scenario().executor().hasWork()
                            && awaitStartTime(start + state.scenario().startTime().toNanos())) {
                        VuPool pool = startPool(state, data);
                        state.markStarted(pool.clock().nanoTime());
                        try {
                            state.scenario().executor().run(pool);
                        } finally {
                            vus.giveBack(pool.vusDone());
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                    execution.stop();
                } finally {
                    state.markDone(execution.stoppedEarly());
                }
            }));
        }
        try {
            for (Thread t : runners) {
                t.join();
            }
        } catch (InterruptedException e) {
            runners.forEach(Thread::interrupt);
            throw e;
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Waits for a scenario's start time; false when the test was stopped first. */
    private boolean awaitStartTime(long due) throws InterruptedException {
        long left;
        while (!execution.isStopping() && (left = due - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
        }
        return !execution.isStopping();
    }

    private Ran ran(OptionLayer options, ExecutionPlan plan) {
        return new Ran(options, plan, Duration.ofNanos(execution.elapsedNanos()));
    }

    /** What the init VU shares with the run before the options are known: no tags, no test options. */
    private TestContext initContext() {
        return context(TagSet.empty(), TestOptions.EMPTY, null);
    }

    private TestContext context(TagSet baseTags, TestOptions options, Map<String, Object> moduleOptions) {
        return new TestContext(jsEngine, modules, script, files, env, log, metrics, sink, execution, baseTags,
                shared, () -> scriptOptions, options, moduleOptions, secrets);
    }

    /** The option layers around the script's own, merged once its init context ran. */
    private OptionLayers layers() {
        return new OptionLayers(configFileOptions, higherOptions, frozenOptions);
    }
}
