package io.jk6.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * k6's {@code -e VAR=value} and {@code --include-system-env-vars} (default true): one picocli
 * mixin for {@code jk6 run} and {@code inspect}. {@code jk6 archive} declares its own, because
 * there k6 leaves the system environment out by default (it goes into a file meant to be shared).
 */
final class EnvFlags {

    @Option(names = {"-e", "--env"}, paramLabel = "VAR=value", description = "add/override environment variable with `VAR=value`")
    List<String> env = new ArrayList<>();

    @Option(names = "--include-system-env-vars", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "pass the real system environment variables to the runtime (default true)")
    boolean includeSystemEnv = true;
}
