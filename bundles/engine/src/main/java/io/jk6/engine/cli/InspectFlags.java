package io.jk6.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jk6 inspect} flags: k6's ({@code -e}, {@code --include-system-env-vars},
 * {@code --execution-requirements}) and, beyond k6, {@code jk6 run}'s execution flags, so the
 * options shown are the ones a run with the same flags would use.
 */
@Command(name = "inspect", description = "Inspect a script", sortOptions = false)
public final class InspectFlags {

    @Option(names = "--execution-requirements", description = "include calculations of execution requirements for the test")
    boolean executionRequirements;

    @Option(names = {"-u", "--vus"}, paramLabel = "int", description = "number of virtual users")
    Integer vus;

    @Option(names = {"-d", "--duration"}, paramLabel = "duration", description = "test duration limit (e.g. 30s, 1m30s)")
    String duration;

    @Option(names = {"-i", "--iterations"}, paramLabel = "int", description = "script total iteration limit (among all VUs)")
    Long iterations;

    @Option(names = {"-s", "--stage"}, paramLabel = "stage", description = "add a stage, as `[duration]:[target]`")
    List<String> stages = new ArrayList<>();

    @Option(names = {"-e", "--env"}, paramLabel = "VAR=value", description = "add/override environment variable with `VAR=value`")
    List<String> env = new ArrayList<>();

    @Option(names = "--include-system-env-vars", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "pass the real system environment variables to the runtime (default true)")
    boolean includeSystemEnv = true;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "help for inspect")
    boolean help;

    @Parameters(index = "0", paramLabel = "file", description = "the script (.js)")
    Path script;
}
