package io.jk6.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ExecutionFlags execution = new ExecutionFlags();

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
