package io.jk6.engine.cli;

import io.jk6.engine.config.ConfigException;
import io.jk6.engine.deploy.RunsInFlight;
import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.js.ModuleRegistry;
import io.jk6.engine.js.ScriptException;
import io.jk6.engine.js.SharedJsEngine;
import io.jk6.engine.output.OutputException;
import io.jk6.engine.output.OutputRegistry;
import io.jk6.engine.output.RunOutputs;
import io.jk6.engine.rest.RestApiServer;
import io.jk6.engine.rest.TestControl;
import io.jk6.engine.run.ExecutionState;
import io.jk6.engine.run.ExitCodes;
import io.jk6.engine.run.LogStyle;
import io.jk6.engine.run.RunListener;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.RunOutcome;
import io.jk6.engine.run.RunResult;
import io.jk6.engine.run.TestRun;
import io.jk6.engine.secrets.SecretSource;
import io.jk6.engine.secrets.SecretSources;
import io.jk6.launcher.spi.Command;
import io.jk6.launcher.spi.Invocation;
import io.jk6.support.GoDuration;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import picocli.CommandLine;

/** {@code jk6 run [flags] script.js}: runs a test and prints k6's end-of-test summary. */
@Component(service = Command.class, property = Command.NAME + "=run")
public final class RunCommand implements Command {

    @Reference
    SharedJsEngine js;

    @Reference
    ModuleRegistry modules;

    @Reference
    OutputRegistry outputRegistry;

    @Reference
    RunsInFlight runsInFlight;

    /** Optional: without Configuration Admin there are simply no deployed run settings. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ConfigurationAdmin configAdmin;

    private BundleContext context;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
    }

    @Override
    public int execute(Invocation invocation) {
        PrintStream out = invocation.out();
        PrintStream err = invocation.err();
        RunFlags flags = new RunFlags();
        CommandLine cli = new CommandLine(flags).setCaseInsensitiveEnumValuesAllowed(true).setCommandName("jk6 run");
        try {
            cli.parseArgs(invocation.args().toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            err.println("ERRO[0000] " + e.getMessage());
            err.println("Usage: jk6 run [flags] script.js   (jk6 run --help for the flags)");
            return ExitCodes.USAGE;
        }
        if (flags.help) {
            cli.usage(out);
            return ExitCodes.OK;
        }
        try (LogFlags logging = flags.logging) {
            List<String> problems = new java.util.ArrayList<>();
            LogStyle style = logging.style(invocation.environment(), invocation.workingDirectory(), out, problems);
            if (style == null) {
                err.println("ERRO[0000] " + problems.getFirst());
                return ExitCodes.USAGE; // as k6: its logger's set-up fails before anything runs (-1)
            }
            RunLog log = new RunLog(err, false, style);
            // in flight from the first module the script imports to the summary: deploy/ changes wait
            try (RunsInFlight.Run inFlight = runsInFlight.enter(log)) {
                return loadAndRun(flags, invocation, log);
            }
        }
    }

    private int loadAndRun(RunFlags flags, Invocation invocation, RunLog log) {
        PrintStream out = invocation.out();
        PrintStream err = invocation.err();
        if (flags.extra.max != null) {
            err.println(ExtraRunFlags.MAX_DEPRECATED);
        }
        TestLoader loader = new TestLoader(invocation, js.engine(), log);
        RuntimeOptions runtime = RuntimeOptions.of(flags, invocation.environment(), loader.problems());
        LoadedTest test;
        try {
            test = loader.script(flags.script, true)
                    .environment(flags.env.includeSystemEnv, flags.env.env)
                    .configFile(runtime.configFile())
                    .flags(problems -> CliOptions.of(flags.execution, flags.options, problems))
                    .compatibilityMode(flags.compatibilityMode)
                    .load();
        } catch (TestLoader.LoadFailure e) {
            e.outcome().log(log);
            return e.outcome().exitCode();
        }
        // as k6: the sources are made before the test, and one that does not work stops jk6 (exit -1)
        SecretSources secrets;
        try {
            List<String> sources = flags.secretSources.isEmpty() && invocation.environment().containsKey("K6_SECRET_SOURCE")
                    ? List.of(invocation.environment().get("K6_SECRET_SOURCE")) : flags.secretSources;
            secrets = SecretSources.of(sources, invocation.environment(), invocation.workingDirectory(), log::redact);
        } catch (SecretSource.SecretException e) {
            log.error(e.getMessage());
            return ExitCodes.GENERIC_ERROR;
        }
        if (!js.isJit()) {
            log.warn("GraalJS runs " + js.implementationName() + ": the JIT compiler is NOT active and scripts run"
                    + " 5-15x slower. Start jk6 with bin/jk6 on Temurin 25 (it sets -XX:+EnableJVMCI and the Graal"
                    + " compiler on --upgrade-module-path).");
        }
        // as k6: bound before the VUs initialize, so a taken address fails at once and nothing is lost
        RestApiServer api = null;
        if (runtime.address() != null) {
            try {
                api = RestApiServer.bind(runtime.address());
            } catch (java.io.IOException e) {
                log.error("Error from API server", java.util.Map.of("error", String.valueOf(e.getMessage())));
                return ExitCodes.CANNOT_START_REST_API;
            }
        }
        RunOutputs outputs;
        try {
            List<String> outputNames = flags.outputs;
            if (outputNames.isEmpty()) {
                outputNames = RuntimeOptions.k6Out(test.env());
            }
            if (outputNames.isEmpty()) {
                outputNames = DeployedRunConfig.outputs(configAdmin, context, log);
            }
            outputNames = runtime.withWebDashboard(outputNames);
            outputs = RunOutputs.of(outputNames, outputRegistry, new RunOutputs.RunEnvironment(test.env(), out, err,
                    invocation.workingDirectory(), log, runtime.forOutputs(test), test.outputConfigs()));
        } catch (IllegalArgumentException | java.io.IOException e) {
            log.error(e.getMessage());
            closeQuietly(api);
            return ExitCodes.INVALID_CONFIG;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(api);
            return ExitCodes.EXTERNAL_ABORT;
        }
        try (RestApiServer restApi = api;
                RunningTestService running = RunningTestService.register(context, test.script().script())) {
            return run(flags, runtime, test, invocation, log, outputs, running, restApi, secrets);
        }
    }

    private static void closeQuietly(RestApiServer api) {
        if (api != null) {
            api.close();
        }
    }

    private int run(RunFlags flags, RuntimeOptions runtime, LoadedTest test, Invocation invocation, RunLog log,
            RunOutputs outputs, RunningTestService running, RestApiServer api, SecretSources secrets) {
        PrintStream out = invocation.out();
        boolean terminal = invocation.isTerminal();
        Path relative = flags.script;
        RunListener listener = new RunListener() {
            private ProgressDisplay progress;

            @Override
            public void planned(ExecutionPlan plan, OptionLayer options) {
                if (!flags.quiet) {
                    Banner.print(out, Versions.jk6(), relative.toString(), plan, outputs.descriptions());
                    progress = new ProgressDisplay(invocation.err(), terminal, plan.maxVUs());
                }
            }

            @Override
            public void initialized(int count, Duration took) {
                if (!flags.quiet) {
                    invocation.err().printf("init: %d VUs initialized in %s%n", count, GoDuration.format(
                            Duration.ofMillis(took.toMillis())));
                }
            }

            @Override
            public void started(ExecutionState execution) {
                if (progress != null) {
                    progress.start(execution);
                }
            }

            @Override
            public void finished(ExecutionState execution) {
                if (progress != null) {
                    progress.stop(execution);
                }
            }
        };
        // a view: VUs initialized later in the run get the modules the first ones got
        TestRun run = test.newRun(js.engine(), modules.forRun(), log, listener, outputs)
                .noThresholds(runtime.noThresholds()).secrets(secrets);
        if (runtime.summaryMode() == SummaryMode.FULL) {
            run.metrics().breakDownByGroupAndScenario();
        }
        running.attach(run, log);
        TestControl control = new TestControl(run, log);
        if (runtime.paused()) {
            run.setPaused(true);
        }
        if (api != null) {
            api.start(control);
        }
        Linger linger = new Linger();
        invocation.onInterrupt(() -> {
            if (linger.release()) {
                return; // the test is done: the signal only ends --linger's wait
            }
            log.warn("Stopping jk6 in response to signal, waiting for VUs to finish their iteration"
                    + " (press Ctrl-C again to abort at once)");
            run.abort();
        });
        RunResult result;
        try {
            result = run.run();
            if (runtime.linger()) {
                linger.await(flags.quiet ? null : out);
            }
        } catch (ScriptException | ConfigException | OutputException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            RunOutcome outcome = run.outcomeOf(e);
            outcome.log(log);
            return outcome.exitCode();
        }
        SummaryOutput summary = SummaryOutput.of(result, result.options().summaryTrendStats(),
                result.options().test().summaryTimeUnit(), runtime.summaryMode() == SummaryMode.FULL);
        try {
            if (runtime.summaryMode() != SummaryMode.DISABLED) {
                EndOfTestSummary.print(run, summary, flags.noColor, invocation, log);
                if (runtime.summaryExport() != null) {
                    Path export = invocation.workingDirectory().resolve(runtime.summaryExport());
                    try {
                        summary.export(export, terminal);
                    } catch (java.io.IOException e) {
                        log.error("--summary-export: cannot write " + export + ": " + e.getMessage());
                    }
                }
            }
        } finally {
            run.close();
        }
        // facts of the run whatever its outcome, as k6 reports them
        summary.thresholdErrors().forEach(log::error);
        String failed = run.execution().failReason();
        if (failed != null) {
            log.error(failed);
        }
        RunOutcome outcome = run.outcome();
        outcome.log(log);
        return outcome.exitCode();
    }
}
