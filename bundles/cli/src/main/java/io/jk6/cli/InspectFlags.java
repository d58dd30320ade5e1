package io.jk6.cli;

import java.nio.file.Path;
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

    @Mixin
    EnvFlags env = new EnvFlags();

    /** A global flag in k6: every command takes it, and only a run reads secrets. */
    @Option(names = "--secret-source", paramLabel = "source", description = "(taken by jk6 run; ignored here)")
    java.util.List<String> secretSources = new java.util.ArrayList<>();

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "help for inspect")
    boolean help;

    @Parameters(index = "0", paramLabel = "file", description = "the script (.js)")
    Path script;
}
