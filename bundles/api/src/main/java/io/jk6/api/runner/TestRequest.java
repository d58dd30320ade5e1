package io.jk6.api.runner;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a command asks the {@link TestRunner} to load: the script argument and the console it runs
 * in, and what its flags say, as typed. The runner checks every value and names the flag or the
 * variable of each problem. Built with {@link #builder}.
 */
public final class TestRequest {

    private final Path script;
    private final Path workingDirectory;
    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final InputStream stdin;
    private final LogSettings log;
    private final boolean includeSystemEnv;
    private final List<String> env;
    private final String configFile;
    private final List<OptionFlag> options;
    private final String compatibilityMode;
    private final RunSettings run;

    private TestRequest(Builder b) {
        this.script = b.script;
        this.workingDirectory = b.workingDirectory;
        this.environment = Map.copyOf(b.environment);
        this.out = b.out;
        this.err = b.err;
        this.terminal = b.terminal;
        this.stdin = b.stdin;
        this.log = b.log;
        this.includeSystemEnv = b.includeSystemEnv;
        this.env = List.copyOf(b.env);
        this.configFile = b.configFile;
        this.options = List.copyOf(b.options);
        this.compatibilityMode = b.compatibilityMode;
        this.run = b.run;
    }

    /**
     * @param script           the script argument as typed: a script, an archive, or {@code -} for stdin
     *                         when {@link Builder#stdin} is given
     * @param workingDirectory what relative paths resolve against
     * @param environment      the process's environment ({@code K6_*} variables, {@code __ENV})
     * @param out              stdout: the summary, {@code --log-output=stdout}
     * @param err              stderr: the log
     */
    public static Builder builder(Path script, Path workingDirectory, Map<String, String> environment, PrintStream out,
            PrintStream err) {
        return new Builder(script, workingDirectory, environment, out, err);
    }

    public Path script() {
        return script;
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** True when the console is an interactive terminal (colours, the summary's terminal form). */
    public boolean terminal() {
        return terminal;
    }

    /** Where a script argument of {@code -} is read from; null when stdin is not allowed. */
    public InputStream stdin() {
        return stdin;
    }

    /**
     * The logging flags; null for a command that has none ({@code archive}, {@code inspect}): text
     * lines on stderr, whatever {@code K6_LOG_*} says.
     */
    public LogSettings log() {
        return log;
    }

    /** {@code --include-system-env-vars}: the process's variables join {@code __ENV}. */
    public boolean includeSystemEnv() {
        return includeSystemEnv;
    }

    /** The {@code -e VAR=value} flags, as typed. */
    public List<String> env() {
        return env;
    }

    /** {@code --config}, relative to the working directory; null when not given ({@code K6_CONFIG} then). */
    public String configFile() {
        return configFile;
    }

    /** The options the flags set: the highest layer. */
    public List<OptionFlag> options() {
        return options;
    }

    /** {@code --compatibility-mode}; null when not given ({@code K6_COMPATIBILITY_MODE} then). */
    public String compatibilityMode() {
        return compatibilityMode;
    }

    /** How to run the test; null for a command that does not run it (archive, inspect). */
    public RunSettings run() {
        return run;
    }

    /** A {@link TestRequest} in the making; every setting but the five of {@link TestRequest#builder} is optional. */
    public static final class Builder {

        private final Path script;
        private final Path workingDirectory;
        private final Map<String, String> environment;
        private final PrintStream out;
        private final PrintStream err;
        private boolean terminal;
        private InputStream stdin;
        private LogSettings log;
        private boolean includeSystemEnv = true;
        private List<String> env = List.of();
        private String configFile;
        private List<OptionFlag> options = List.of();
        private String compatibilityMode;
        private RunSettings run;

        private Builder(Path script, Path workingDirectory, Map<String, String> environment, PrintStream out,
                PrintStream err) {
            this.script = Objects.requireNonNull(script, "script");
            this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
            this.environment = Objects.requireNonNull(environment, "environment");
            this.out = Objects.requireNonNull(out, "out");
            this.err = Objects.requireNonNull(err, "err");
        }

        public Builder terminal(boolean isTerminal) {
            this.terminal = isTerminal;
            return this;
        }

        /** Allows {@code -} as the script argument, read from {@code in}. */
        public Builder stdin(InputStream in) {
            this.stdin = in;
            return this;
        }

        public Builder log(LogSettings settings) {
            this.log = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Default true, as {@code k6 run}; {@code k6 archive} leaves the system out by default. */
        public Builder includeSystemEnv(boolean include) {
            this.includeSystemEnv = include;
            return this;
        }

        public Builder env(List<String> flags) {
            this.env = Objects.requireNonNull(flags, "flags");
            return this;
        }

        public Builder configFile(String path) {
            this.configFile = path;
            return this;
        }

        public Builder options(List<OptionFlag> flags) {
            this.options = Objects.requireNonNull(flags, "flags");
            return this;
        }

        public Builder compatibilityMode(String mode) {
            this.compatibilityMode = mode;
            return this;
        }

        /** The test is to run with these settings; checked with the rest. */
        public Builder run(RunSettings settings) {
            this.run = settings;
            return this;
        }

        public TestRequest build() {
            return new TestRequest(this);
        }
    }
}
