package io.jk6.engine.runner;

import io.jk6.api.runner.LoadedTest;
import io.jk6.api.runner.TestExecution;
import io.jk6.api.runner.TestFailure;
import io.jk6.api.runner.TestLog;
import io.jk6.api.runner.TestObserver;
import io.jk6.api.runner.TestOutcome;
import io.jk6.api.runner.TestRequest;
import io.jk6.engine.archive.Archive;
import io.jk6.engine.archive.ArchiveTar;
import io.jk6.engine.archive.FrozenOptions;
import io.jk6.engine.config.ConfigException;
import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.config.ScriptOptions;
import io.jk6.engine.js.ScriptException;
import io.jk6.engine.output.RunOutputs;
import io.jk6.engine.run.ExitCodes;
import io.jk6.engine.run.RunListener;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.TestRun;
import io.jk6.engine.secrets.SecretSource;
import io.jk6.engine.secrets.SecretSources;
import io.jk6.support.version.Jk6Version;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A test the {@link EngineTestRunner} loaded: inspected, archived or prepared to run from here. */
final class EngineLoadedTest implements LoadedTest {

    private final EngineTestRunner runner;
    private final TestRequest request;
    private final LoadedScript script;
    private final RunLog log;
    private final Runnable onClose;

    EngineLoadedTest(EngineTestRunner runner, TestRequest request, LoadedScript script, RunLog log, Runnable onClose) {
        this.runner = runner;
        this.request = request;
        this.script = script;
        this.log = log;
        this.onClose = onClose;
    }

    @Override
    public Path script() {
        return script.script().script();
    }

    @Override
    public TestLog log() {
        return log;
    }

    @Override
    public String apiAddress() {
        return script.runtime() == null ? null : script.runtime().address();
    }

    @Override
    public String options(boolean executionRequirements) throws TestFailure {
        TestRun run = initOnly();
        try {
            TestRun.InitResult init = run.initOnce();
            // the plan validates the segment options too, as k6's inspect does only with this flag
            ExecutionPlan plan = executionRequirements ? ExecutionPlan.of(init.consolidated()) : null;
            return GoJson.write(InspectOptions.of(init.scriptOptions(), init.consolidated(), plan));
        } catch (ScriptException | ConfigException e) {
            throw Outcomes.logged(run.outcomeOf(e), log);
        }
    }

    @Override
    public byte[] archive(boolean withoutEnv) throws TestFailure {
        TestRun run = initOnly();
        Map<String, Object> options;
        try {
            options = FrozenOptions.of(run.initOnce().scriptOptions(), script.higher());
        } catch (ScriptException | ConfigException e) {
            throw Outcomes.logged(run.outcomeOf(e), log);
        }
        List<String> problems = new ArrayList<>();
        ScriptOptions.read(options, problems);
        if (!problems.isEmpty()) {
            problems.forEach(log::error);
            throw new TestFailure(new TestOutcome(ExitCodes.INVALID_CONFIG, problems.getFirst(), null));
        }
        Archive archive = new Archive(script.script().script(), request.workingDirectory(), options,
                withoutEnv ? Map.of() : script.env(), script.script().files().filesRead(), Jk6Version.of(EngineLoadedTest.class),
                script.compatibilityMode());
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        try {
            ArchiveTar.write(archive, tar);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return tar.toByteArray();
    }

    /** A run of the test whose init context runs once ({@link TestRun#initOnce}): no VUs, no outputs. */
    private TestRun initOnly() {
        return script.newRun(runner.js.engine(), runner.modules, log, new RunListener() { }, RunOutputs.none());
    }

    @Override
    public TestExecution prepare(TestObserver observer) throws TestFailure {
        RuntimeOptions runtime = script.runtime();
        if (runtime == null) {
            throw new IllegalStateException("the test was loaded without RunSettings: it cannot run");
        }
        // as k6: the sources are made before the test, and one that does not work stops jk6 (exit -1)
        SecretSources secrets;
        try {
            secrets = SecretSources.of(runtime.secretSources(), request.environment(), request.workingDirectory(),
                    log::redact);
        } catch (SecretSource.SecretException e) {
            throw Outcomes.logged(ExitCodes.GENERIC_ERROR, e.getMessage(), log);
        }
        if (!runner.js.isJit()) {
            log.warn("GraalJS runs " + runner.js.implementationName() + ": the JIT compiler is NOT active and scripts"
                    + " run 5-15x slower. Start jk6 with bin/jk6 on Temurin 25 (it sets -XX:+EnableJVMCI and the Graal"
                    + " compiler on --upgrade-module-path).");
        }
        RunOutputs outputs;
        try {
            List<String> outputNames = runtime.outputs();
            if (outputNames.isEmpty()) {
                outputNames = DeployedRunConfig.outputs(runner.configAdmin, runner.context, log);
            }
            outputNames = runtime.withWebDashboard(outputNames);
            outputs = RunOutputs.of(outputNames, runner.outputRegistry, new RunOutputs.RunEnvironment(script.env(),
                    request.out(), request.err(), request.workingDirectory(), log, runtime.forOutputs(script),
                    script.outputConfigs()));
        } catch (IllegalArgumentException | IOException e) {
            throw Outcomes.logged(ExitCodes.INVALID_CONFIG, e.getMessage(), log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TestFailure(new TestOutcome(ExitCodes.EXTERNAL_ABORT, null, null));
        }
        return EngineTestExecution.start(runner, script, request, log, outputs, secrets, observer);
    }

    @Override
    public void close() {
        onClose.run();
    }
}
