package io.jk6.engine.runner;

import io.jk6.api.runner.TestRequest;
import io.jk6.engine.config.ConfigFile;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.TestOptionsReader;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.RunOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Engine;

/**
 * The one path by which every command loads a test, as k6's {@code internal/cmd/test_load.go}:
 * it reads the script argument, builds {@code __ENV} and the option layers from what the
 * {@link TestRequest} says, and reports every problem at once, with k6's exit code. What differs
 * between the commands is what they ask for (archive leaves the system environment out by
 * default, only run reads {@code K6_CONFIG} and its runtime options), not how it is done.
 */
final class TestLoader {

    private final TestRequest request;
    private final Engine engine;
    private final RunLog log;
    private final List<String> problems = new ArrayList<>();

    TestLoader(TestRequest request, Engine engine, RunLog log) {
        this.request = request;
        this.engine = engine;
        this.log = log;
    }

    /**
     * Loads the test, or fails with the outcome a command exits with (255, 107 or 104). The
     * runtime options of a run are checked with the rest, so one report lists every problem.
     */
    LoadedScript load() throws LoadFailure {
        ScriptArgument argument = scriptArgument();
        RuntimeOptions runtime = request.run() == null ? null
                : RuntimeOptions.of(request.run(), request.configFile(), request.environment(), problems);
        var env = ScriptEnvironment.of(request.includeSystemEnv(), request.environment(), argument.archivedEnv(),
                request.env(), problems);
        String configFile = runtime != null ? runtime.configFile() : request.configFile();
        ConfigFile.Contents fromFile = configFile == null ? new ConfigFile.Contents(OptionLayer.empty(), java.util.Map.of())
                : ConfigFile.load(request.workingDirectory().resolve(configFile), configFile, problems);
        OptionLayer higher = TestOptionsReader.fromEnvironment(request.environment(), problems)
                .apply(FlagLayer.of(request.options(), problems));
        String mode = CompatibilityMode.of(request.compatibilityMode(), request.environment(), log, problems);
        if (!problems.isEmpty()) {
            throw new LoadFailure(new RunOutcome.InvalidOptions(List.copyOf(problems)));
        }
        return new LoadedScript(argument, env, fromFile.options(), fromFile.outputConfigs(), higher, mode,
                request.includeSystemEnv(), runtime);
    }

    private ScriptArgument scriptArgument() throws LoadFailure {
        Path script = request.script();
        Path workingDirectory = request.workingDirectory();
        boolean stdin = request.stdin() != null && script.toString().equals(ScriptArgument.STDIN);
        Path file = workingDirectory.resolve(script).normalize();
        if (!stdin && !Files.isRegularFile(file)) {
            throw new LoadFailure(new RunOutcome.BadArguments("The script \"" + script + "\" couldn't be found on local"
                    + " disk. Make sure the path is right (it is relative to " + workingDirectory + ")."));
        }
        try {
            return stdin ? ScriptArgument.fromStdin(request.stdin(), workingDirectory, engine)
                    : ScriptArgument.resolve(file, engine);
        } catch (IOException e) {
            throw new LoadFailure(new RunOutcome.ScriptError(e.getMessage()));
        }
    }

    /** A test that could not be loaded, with the outcome to log and exit with. */
    static final class LoadFailure extends Exception {

        private final transient RunOutcome outcome;

        LoadFailure(RunOutcome outcome) {
            super(outcome.reason(), null, false, false);
            this.outcome = outcome;
        }

        RunOutcome outcome() {
            return outcome;
        }
    }
}
