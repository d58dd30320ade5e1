package io.jk6.engine.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** The script's {@code __ENV} (see {@link ScriptEnvironment}); a malformed {@code -e} is a problem. */
    Map<String, String> environment(Map<String, String> system, Map<String, String> archived, List<String> problems) {
        return ScriptEnvironment.of(includeSystemEnv, system, archived, env, problems);
    }
}
