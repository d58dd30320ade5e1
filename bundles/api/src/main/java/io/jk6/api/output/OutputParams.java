package io.jk6.api.output;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** What an {@link OutputFactory} gets to make an output (k6's {@code output.Params}). */
@ProviderType
public interface OutputParams {

    /** The output's name, {@code NAME} in {@code --out NAME=arg}. */
    String outputType();

    /** The text after the first {@code =} of {@code --out NAME=arg}; empty when there is none. */
    String configArgument();

    /**
     * The output's JSON configuration from the {@code --config} file, as k6 passes it: the value
     * under {@code collectors.NAME} ({@code NAME} the output's name), as raw JSON text, e.g.
     * {@code {"db": "k6", "concurrentWrites": 4}} for {@code {"collectors": {"influxdb": {...}}}}.
     * Empty without a config file or without an entry for this output. As in k6 the output decides
     * how it ranks against {@code K6_*} variables and {@link #configArgument()} (k6's outputs: JSON
     * config, then environment, then argument).
     */
    Optional<String> jsonConfig();

    /** The environment variables of the run ({@code __ENV}). */
    Map<String, String> environment();

    /** jk6's standard output; outputs printing here interleave with the banner and summary. */
    PrintStream stdout();

    /** jk6's standard error, where progress and log lines go. */
    PrintStream stderr();

    /** The script being run, absolute. */
    Path scriptPath();

    /** The working directory of {@code jk6 run}: relative file names in {@link #configArgument()} resolve here. */
    Path workingDirectory();

    /** A copy of the script's exported {@code options} as plain Java values (maps, lists, strings, numbers). */
    Map<String, Object> scriptOptions();

    /** Where the output logs (lines show in jk6's log format). */
    System.Logger logger();

    /**
     * The test's files, read-only (k6's {@code FS}): those it loaded, and any other as the script
     * would read it (the archive's when the test runs one). This default, for implementations
     * older than 1.2, lists the script only and reads from disk.
     *
     * @since 1.2
     */
    default TestFiles files() {
        Path script = scriptPath();
        return new TestFiles() {
            @Override
            public List<Path> loaded() {
                return List.of(script);
            }

            @Override
            public byte[] read(Path path) throws IOException {
                return Files.readAllBytes(script.resolveSibling(path).normalize());
            }
        };
    }

    /**
     * How jk6 runs around the test (k6's {@code RuntimeOptions}): {@code --include-system-env-vars},
     * {@code --compatibility-mode}, {@code __ENV}, {@code --no-thresholds}, the summary's flags. This
     * default gives k6's defaults.
     *
     * @since 1.2
     */
    default RuntimeOptions runtimeOptions() {
        Map<String, String> env = environment();
        return new RuntimeOptions() {
            @Override
            public Map<String, String> env() {
                return env;
            }
        };
    }

    /**
     * The test's VUs over time (k6's {@code ExecutionPlan}), known when the output is created. This
     * default has no steps.
     *
     * @since 1.2
     */
    default ExecutionPlan executionPlan() {
        return List::of;
    }
}
