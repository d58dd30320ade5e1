package io.jk6.engine.runner;

import io.jk6.api.runner.LoadedTest;
import io.jk6.api.runner.TestFailure;
import io.jk6.api.runner.TestOutcome;
import io.jk6.api.runner.TestRequest;
import io.jk6.api.runner.TestRunner;
import io.jk6.engine.deploy.RunsInFlight;
import io.jk6.engine.js.ModuleRegistry;
import io.jk6.engine.js.SharedJsEngine;
import io.jk6.engine.output.OutputRegistry;
import io.jk6.engine.run.ExitCodes;
import io.jk6.engine.run.LogStyle;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.RunOutcome;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The engine's {@link TestRunner}: the one path by which every command loads a test. */
@Component(service = TestRunner.class)
public final class EngineTestRunner implements TestRunner {

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

    BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Override
    public LoadedTest load(TestRequest request) throws TestFailure {
        LogSetup logSetup = new LogSetup();
        RunLog log;
        if (request.log() == null) {
            log = new RunLog(request.err(), false);
        } else {
            List<String> problems = new ArrayList<>();
            LogStyle style = logSetup.style(request.log(), request.environment(), request.workingDirectory(),
                    request.out(), problems);
            if (style == null) {
                logSetup.close();
                // as k6: its logger's set-up fails before anything runs (-1), with no logger to say it
                request.err().println("ERRO[0000] " + problems.getFirst());
                throw new TestFailure(new TestOutcome(ExitCodes.USAGE, problems.getFirst(), null));
            }
            log = new RunLog(request.err(), false, style);
        }
        // in flight from the first module the script imports to the summary: deploy/ changes wait
        RunsInFlight.Run inFlight = runsInFlight.enter(log);
        try {
            LoadedScript script = new TestLoader(request, js.engine(), log).load();
            return new EngineLoadedTest(this, request, script, log, () -> {
                inFlight.close();
                logSetup.close();
            });
        } catch (TestLoader.LoadFailure e) {
            inFlight.close();
            throw failure(e.outcome(), log, logSetup);
        } catch (RuntimeException | Error e) {
            inFlight.close();
            logSetup.close();
            throw e;
        }
    }

    private static TestFailure failure(RunOutcome outcome, RunLog log, LogSetup logSetup) {
        TestFailure failure = Outcomes.logged(outcome, log);
        logSetup.close();
        return failure;
    }
}
