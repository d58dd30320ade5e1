package io.jk6.engine.cli;

import io.jk6.engine.config.ConfigFile;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.TestOptionsReader;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.RunOutcome;
import io.jk6.launcher.spi.Invocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.graalvm.polyglot.Engine;

/**
 * The one path by which {@code run}, {@code archive} and {@code inspect} load a test, as k6's
 * {@code internal/cmd/test_load.go}: each command says what its flags give, the loader reads the
 * script argument, builds {@code __ENV} and the option layers, and reports every problem at once,
 * with k6's exit code. What differs between the commands is what they ask for (archive leaves the
 * system environment out by default, only run reads a {@code --config} file), not how it is done.
 */
final class TestLoader {

    private final Invocation invocation;
    private final Engine engine;
    private final RunLog log;
    private final List<String> problems = new ArrayList<>();
    private Path script;
    private boolean stdinAllowed;
    private boolean includeSystemEnv = true;
    private List<String> envFlags = List.of();
    private String configFile;
    private Function<List<String>, OptionLayer> flagLayer = p -> OptionLayer.empty();
    private String compatibilityModeFlag;

    TestLoader(Invocation invocation, Engine engine, RunLog log) {
        this.invocation = invocation;
        this.engine = engine;
        this.log = log;
    }

    /** The script argument: a script or an archive on disk, or {@code -} for stdin when allowed. */
    TestLoader script(Path argument, boolean stdinAllowed) {
        this.script = argument;
        this.stdinAllowed = stdinAllowed;
        return this;
    }

    /** {@code --include-system-env-vars} and the {@code -e VAR=value} flags. */
    TestLoader environment(boolean includeSystemEnv, List<String> envFlags) {
        this.includeSystemEnv = includeSystemEnv;
        this.envFlags = envFlags;
        return this;
    }

    /** The {@code --config} file (relative to the working directory), or null. */
    TestLoader configFile(String path) {
        this.configFile = path;
        return this;
    }

    /** The layer of the command's flags; its problems name the flag. */
    TestLoader flags(Function<List<String>, OptionLayer> layer) {
        this.flagLayer = layer;
        return this;
    }

    TestLoader compatibilityMode(String flag) {
        this.compatibilityModeFlag = flag;
        return this;
    }

    /** Where the command adds problems of its own flags, reported with the loader's. */
    List<String> problems() {
        return problems;
    }

    /** Loads the test, or fails with the outcome a command exits with (255, 107 or 104). */
    LoadedTest load() throws LoadFailure {
        ScriptArgument argument = scriptArgument();
        var env = ScriptEnvironment.of(includeSystemEnv, invocation.environment(), argument.archivedEnv(), envFlags,
                problems);
        ConfigFile.Contents fromFile = configFile == null ? new ConfigFile.Contents(OptionLayer.empty(), java.util.Map.of())
                : ConfigFile.load(invocation.workingDirectory().resolve(configFile), configFile, problems);
        OptionLayer higher = TestOptionsReader.fromEnvironment(invocation.environment(), problems)
                .apply(flagLayer.apply(problems));
        String mode = CompatibilityMode.of(compatibilityModeFlag, invocation.environment(), log, problems);
        if (!problems.isEmpty()) {
            throw new LoadFailure(new RunOutcome.InvalidOptions(List.copyOf(problems)));
        }
        return new LoadedTest(argument, env, fromFile.options(), fromFile.outputConfigs(), higher, mode,
                includeSystemEnv);
    }

    private ScriptArgument scriptArgument() throws LoadFailure {
        boolean stdin = stdinAllowed && script.toString().equals(ScriptArgument.STDIN);
        Path file = invocation.workingDirectory().resolve(script).normalize();
        if (!stdin && !Files.isRegularFile(file)) {
            throw new LoadFailure(new RunOutcome.BadArguments("The script \"" + script + "\" couldn't be found on local"
                    + " disk. Make sure the path is right (it is relative to " + invocation.workingDirectory() + ")."));
        }
        try {
            return stdin ? ScriptArgument.fromStdin(System.in, invocation.workingDirectory(), engine)
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
