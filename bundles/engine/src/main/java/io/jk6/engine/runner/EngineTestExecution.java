package io.jk6.engine.runner;

import io.jk6.api.runner.CheckCount;
import io.jk6.api.runner.LiveMetric;
import io.jk6.api.runner.Progress;
import io.jk6.api.runner.TestExecution;
import io.jk6.api.runner.TestFailure;
import io.jk6.api.runner.TestObserver;
import io.jk6.api.runner.TestOutcome;
import io.jk6.api.runner.TestPlan;
import io.jk6.api.runner.TestRequest;
import io.jk6.api.runner.TestStatus;
import io.jk6.api.runner.TestSummary;
import io.jk6.api.runtime.RunningTest;
import io.jk6.engine.config.ConfigException;
import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.js.ScriptException;
import io.jk6.engine.output.OutputException;
import io.jk6.engine.output.RunOutputs;
import io.jk6.engine.run.ExecutionState;
import io.jk6.engine.run.RunListener;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.RunResult;
import io.jk6.engine.run.ScenarioState;
import io.jk6.engine.run.TestRun;
import io.jk6.engine.secrets.SecretSources;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.ServiceRegistration;

/**
 * One run of a loaded test, and the {@link RunningTest} service tools such as the shell's
 * {@code jk6:status} see while it lasts: registered when the run is about to start, unregistered
 * once it has ended (summary written).
 */
public final class EngineTestExecution implements TestExecution {

    private static final AtomicLong IDS = new AtomicLong();
    /** k6's metric of HTTP requests. */
    private static final String HTTP_REQS = "http_reqs";

    private final long id = IDS.incrementAndGet();
    private final Path script;
    private final TestRequest request;
    private final RuntimeOptions runtime;
    private final RunLog log;
    private TestRun run;
    private LiveView live;
    private ServiceRegistration<RunningTest> registration;
    private RunResult result;
    private SummaryOutput summary;

    private EngineTestExecution(Path script, TestRequest request, RuntimeOptions runtime, RunLog log) {
        this.script = script;
        this.request = request;
        this.runtime = runtime;
        this.log = log;
    }

    /**
     * An execution of a {@link TestRun} made elsewhere, for the tests of what reads and steers a
     * running test through the API (the CLI's REST API): no service, no {@code --linger}, and no
     * summary (the caller has the run's result).
     */
    public static TestExecution over(TestRun run, Path script, RunLog log) {
        EngineTestExecution execution = new EngineTestExecution(script, null, null, log);
        execution.run = run;
        execution.live = new LiveView(run, log);
        return execution;
    }

    static EngineTestExecution start(EngineTestRunner runner, LoadedScript script, TestRequest request, RunLog log,
            RunOutputs outputs, SecretSources secrets, TestObserver observer) {
        EngineTestExecution execution = new EngineTestExecution(script.script().script(), request, script.runtime(),
                log);
        execution.run = script.newRun(runner.js.engine(), runner.modules.forRun(), log,
                execution.listener(observer, outputs), outputs).noThresholds(execution.runtime.noThresholds())
                .secrets(secrets);
        if (execution.runtime.summaryMode() == SummaryMode.FULL) {
            execution.run.metrics().breakDownByGroupAndScenario();
        }
        if (execution.runtime.paused()) {
            execution.run.setPaused(true);
        }
        execution.live = new LiveView(execution.run, log);
        execution.register(runner);
        return execution;
    }

    private void register(EngineTestRunner runner) {
        if (runner.context == null) {
            return; // outside OSGi: no service
        }
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ID, id);
        properties.put(SCRIPT, script.toString());
        registration = runner.context.registerService(RunningTest.class, this, properties);
    }

    private RunListener listener(TestObserver observer, RunOutputs outputs) {
        return new RunListener() {
            @Override
            public void planned(ExecutionPlan plan, OptionLayer options) {
                observer.planned(new TestPlan(plan.maxVUs(), plan.maxDuration(), plan.scenarios().stream()
                        .map(s -> new TestPlan.Scenario(s.name(), s.describe())).toList(), outputs.descriptions()));
            }

            @Override
            public void initialized(int count, Duration took) {
                observer.initialized(count, took);
            }

            @Override
            public void started(ExecutionState execution) {
                observer.started(EngineTestExecution.this);
            }

            @Override
            public void finished(ExecutionState execution) {
                observer.finished(EngineTestExecution.this);
            }
        };
    }

    @Override
    public void run() throws TestFailure {
        try {
            result = run.run();
        } catch (ScriptException | ConfigException | OutputException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw Outcomes.logged(run.outcomeOf(e), log);
        }
    }

    @Override
    public void interrupt() {
        log.warn("Stopping jk6 in response to signal, waiting for VUs to finish their iteration"
                + " (press Ctrl-C again to abort at once)");
        run.abort();
    }

    @Override
    public boolean lingers() {
        return runtime != null && runtime.linger();
    }

    @Override
    public TestSummary summary() {
        if (request == null) {
            throw new IllegalStateException("an execution over a run made elsewhere has no summary to give");
        }
        summary = SummaryOutput.of(result, result.options().summaryTrendStats(),
                result.options().test().summaryTimeUnit(), runtime.summaryMode() == SummaryMode.FULL);
        if (runtime.summaryMode() == SummaryMode.DISABLED) {
            return new TestSummary(Map.of(), null, null);
        }
        Map<String, byte[]> results = EndOfTestSummary.results(run, summary, runtime.noColor(), request.terminal(),
                log);
        String export = runtime.summaryExport();
        return new TestSummary(results, export, export == null ? null : summary.export());
    }

    @Override
    public TestOutcome finish() {
        run.close();
        // facts of the run whatever its outcome, as k6 reports them
        if (summary != null) {
            summary.thresholdErrors().forEach(log::error);
        }
        String failed = run.execution().failReason();
        if (failed != null) {
            log.error(failed);
        }
        var outcome = run.outcome();
        outcome.log(log);
        return Outcomes.of(outcome);
    }

    @Override
    public Progress progress() {
        ExecutionState execution = run.execution();
        return new Progress(Duration.ofNanos(execution.elapsedNanos()), execution.activeVUs(),
                execution.initializedVUs(), execution.completeIterations(), execution.interruptedIterations(),
                execution.scenarios().stream().map(EngineTestExecution::progress).toList());
    }

    private static Progress.Scenario progress(ScenarioState s) {
        var p = s.progress();
        return new Progress.Scenario(s.name(), p.fraction(), p.details(), s.isDone(), s.wasInterrupted());
    }

    @Override
    public TestStatus status() {
        return live.status();
    }

    @Override
    public List<LiveMetric> metrics() {
        return live.metrics();
    }

    @Override
    public List<String> groupPaths() {
        return live.groupPaths();
    }

    @Override
    public List<CheckCount> checks() {
        return live.checks();
    }

    @Override
    public void stopFromApi() {
        live.stopFromApi();
    }

    @Override
    public OptionalInt controlledMaxVUs() {
        return run.externallyControlled().map(e -> OptionalInt.of(e.configuredMaxVUs())).orElse(OptionalInt.empty());
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public Path script() {
        return script;
    }

    @Override
    public Duration elapsed() {
        return run.execution().isStarted() ? run.execution().elapsed() : Duration.ZERO;
    }

    @Override
    public int vus() {
        return run.execution().activeVUs();
    }

    @Override
    public long iterations() {
        return run.execution().completeIterations();
    }

    @Override
    public long requests() {
        return (long) run.metrics().counterSum(HTTP_REQS);
    }

    @Override
    public void stop() {
        if (!run.execution().isStopping()) {
            log.warn("Stopping test " + id + " on request, waiting for VUs to finish their iteration");
            run.abort();
        }
    }

    @Override
    public boolean isPaused() {
        return run.execution().isPaused();
    }

    @Override
    public void pause() {
        run.setPaused(true);
    }

    @Override
    public void resume() {
        run.setPaused(false);
    }

    @Override
    public void setVUs(int vus) {
        run.setVUs(vus);
    }

    @Override
    public void close() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already gone: the engine bundle is stopping
            }
        }
    }
}
