package io.jk6.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jk6 archive} flags, with k6's names: the options to freeze in, and where to write. */
@Command(name = "archive", description = "Create an archive: the script, the files its init context reads, and the"
        + " options, to run elsewhere with `jk6 run archive.tar`", sortOptions = false)
final class ArchiveFlags {

    @Mixin
    ExecutionFlags execution = new ExecutionFlags();

    @Mixin
    OptionFlags options = new OptionFlags();

    @Option(names = {"-c", "--config"}, paramLabel = "path", description = "JSON config file (default: none)")
    String config;

    @Mixin
    IgnoredRunFlags ignored = new IgnoredRunFlags();

    @Option(names = {"-e", "--env"}, paramLabel = "VAR=value", description = "add/override environment variable with `VAR=value`")
    List<String> env = new ArrayList<>();

    // k6's default for archive: the system environment stays out of a file meant to be shared
    @Option(names = "--include-system-env-vars", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "pass the real system environment variables to the runtime and the archive (default false)")
    boolean includeSystemEnv;

    @Option(names = "--compatibility-mode", paramLabel = "mode",
            description = "JavaScript compatibility mode, \"extended\" (default) or \"base\": jk6 runs both alike")
    String compatibilityMode;

    @Option(names = {"-O", "--archive-out"}, paramLabel = "file", defaultValue = "archive.tar",
            description = "archive output filename; `-` writes the archive to stdout (default archive.tar)")
    String archiveOut = "archive.tar";

    @Option(names = "--exclude-env-vars",
            description = "do not embed any environment variables (either from --env or the actual environment) in the archive metadata")
    boolean excludeEnvVars;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "help for archive")
    boolean help;

    @Parameters(index = "0", paramLabel = "script", description = "the test script (.js or .ts) or an archive")
    Path script;
}
