package io.jk6.engine.runner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The script's {@code __ENV} as {@code jk6 run}, {@code inspect} and {@code archive} build it,
 * in k6's order: the system environment (only with {@code --include-system-env-vars}), then an
 * archive's variables, then {@code -e VAR=value} flags.
 */
final class ScriptEnvironment {

    private ScriptEnvironment() {
    }

    /** A malformed {@code -e} pair is added to {@code problems}, naming the flag. */
    static Map<String, String> of(boolean includeSystemEnv, Map<String, String> system, Map<String, String> archived,
            List<String> envFlags, List<String> problems) {
        Map<String, String> env = new LinkedHashMap<>();
        if (includeSystemEnv) {
            env.putAll(system);
        }
        env.putAll(archived);
        for (String pair : envFlags) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                problems.add("--env: \"" + pair + "\" is not VAR=value");
            } else {
                env.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return env;
    }
}
