package io.jk6.cli;

import io.jk6.api.runner.LoadedTest;
import io.jk6.api.runner.OptionFlag;
import io.jk6.api.runner.RunSettings;
import io.jk6.api.runner.TestExecution;
import io.jk6.api.runner.TestFailure;
import io.jk6.api.runner.TestObserver;
import io.jk6.api.runner.TestOutcome;
import io.jk6.api.runner.TestPlan;
import io.jk6.api.runner.TestRequest;
import io.jk6.api.runner.TestRunner;
import io.jk6.api.runner.TestSummary;
import io.jk6.cli.rest.RestApiServer;
import io.jk6.launcher.spi.Command;
import io.jk6.launcher.spi.Invocation;
import io.jk6.support.GoDuration;
import io.jk6.support.version.Jk6Version;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code jk6 run [flags] script.js}: runs a test on the engine's {@link TestRunner}, with k6's
 * banner, progress and end-of-test summary; exits with the code of the test's outcome.
 */
@Component(service = Command.class, property = Command.NAME + "=run")
public final class RunCommand implements Command {

    /** k6's exit code when the REST API cannot listen where asked. */
    static final int CANNOT_START_REST_API = 106;

    @Reference
    TestRunner runner;

    @Override
    public int execute(Invocation invocation) {
        RunFlags flags = new RunFlags();
        Integer usage = Usage.parse(flags, "jk6 run", invocation);
        if (usage != null) {
            return usage;
        }
        if (flags.extra.max != null) {
            invocation.err().println(ExtraRunFlags.MAX_DEPRECATED);
        }
        try (LoadedTest test = runner.load(request(flags, invocation));
                RestApiServer api = restApi(test);
                TestExecution execution = test.prepare(new Display(flags, invocation))) {
            if (api != null) {
                api.start(execution);
            }
            invocation.testStarted(execution.id());
            return run(execution, test, invocation, flags.quiet);
        } catch (TestFailure e) {
            return e.outcome().exitCode();
        }
    }

    /**
     * k6's REST API where {@code --address} or {@code K6_ADDRESS} asks for it, else null: bound before
     * the test is prepared, so a taken address fails before outputs or VUs exist, as in k6.
     */
    private static RestApiServer restApi(LoadedTest test) throws TestFailure {
        String address = test.apiAddress();
        if (address == null) {
            return null;
        }
        try {
            return RestApiServer.bind(address);
        } catch (IOException e) {
            test.log().error("Error from API server", Map.of("error", String.valueOf(e.getMessage())));
            throw new TestFailure(new TestOutcome(CANNOT_START_REST_API, "Error from API server: " + e.getMessage(),
                    null));
        }
    }

    static TestRequest request(RunFlags flags, Invocation invocation) {
        List<OptionFlag> options = new ArrayList<>();
        flags.execution.addTo(options);
        flags.options.addTo(options);
        RunSettings settings = RunSettings.builder().outputs(flags.outputs).noThresholds(flags.noThresholds)
                .summaryMode(flags.summaryMode).noSummary(flags.extra.noSummary)
                .summaryExport(flags.summaryExport == null ? null : flags.summaryExport.toString())
                .address(flags.address).paused(flags.paused).linger(flags.linger)
                .tracesOutput(flags.extra.tracesOutput).secretSources(flags.secretSources).noColor(flags.noColor)
                .build();
        return Requests.of(flags.script, invocation).stdin(System.in)
                .log(flags.logging.settings()).includeSystemEnv(flags.env.includeSystemEnv).env(flags.env.env)
                .configFile(flags.config).options(options).compatibilityMode(flags.compatibilityMode).run(settings)
                .build();
    }

    private static int run(TestExecution execution, LoadedTest test, Invocation invocation, boolean quiet)
            throws TestFailure {
        Linger linger = new Linger();
        invocation.onInterrupt(() -> {
            if (!linger.release()) {
                execution.interrupt(); // the test still runs; a signal while lingering only ends the wait
            }
        });
        execution.run();
        if (execution.lingers()) {
            try {
                linger.await(quiet ? null : invocation.out());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        TestSummary summary = execution.summary();
        SummaryWriter.write(summary, invocation, test.log());
        return execution.finish().exitCode();
    }

    /** k6's banner once the test is planned, then its progress from start to finish, unless {@code --quiet}. */
    private static final class Display implements TestObserver {

        private final RunFlags flags;
        private final Invocation invocation;
        private ProgressDisplay progress;

        Display(RunFlags flags, Invocation invocation) {
            this.flags = flags;
            this.invocation = invocation;
        }

        @Override
        public void planned(TestPlan plan) {
            if (!flags.quiet) {
                Banner.print(invocation.out(), Jk6Version.of(RunCommand.class), flags.script.toString(), plan);
                progress = new ProgressDisplay(invocation.err(), invocation.isTerminal(), plan.maxVUs());
            }
        }

        @Override
        public void initialized(int vus, Duration took) {
            if (!flags.quiet) {
                PrintStream err = invocation.err();
                err.printf("init: %d VUs initialized in %s%n", vus, GoDuration.format(Duration.ofMillis(took.toMillis())));
            }
        }

        @Override
        public void started(TestExecution execution) {
            if (progress != null) {
                progress.start(execution::progress);
            }
        }

        @Override
        public void finished(TestExecution execution) {
            if (progress != null) {
                progress.stop(execution::progress);
            }
        }
    }
}
