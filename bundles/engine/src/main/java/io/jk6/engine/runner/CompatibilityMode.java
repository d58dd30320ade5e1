package io.jk6.engine.runner;

import io.jk6.engine.run.RunLog;
import java.util.List;
import java.util.Map;

/**
 * k6's {@code --compatibility-mode} ({@code K6_COMPATIBILITY_MODE}): accepted so that k6 command
 * lines run unchanged. jk6 has one JavaScript engine, GraalJS with modern ECMAScript, so
 * {@code extended} and {@code base} run alike; {@code .ts} files are always transpiled, as in
 * k6 v1, where {@code experimental_enhanced} is deprecated.
 */
final class CompatibilityMode {

    static final String FLAG = "--compatibility-mode";
    static final String DEFAULT = "extended";
    private static final String DEPRECATED = "experimental_enhanced";
    private static final List<String> MODES = List.of("extended", "base", DEPRECATED);

    private CompatibilityMode() {
    }

    /**
     * The mode asked for (the flag over {@code K6_COMPATIBILITY_MODE}), or {@link #DEFAULT}; an
     * unknown one is added to {@code problems}, the deprecated one logs k6's warning.
     */
    static String of(String flag, Map<String, String> environment, RunLog log, List<String> problems) {
        String mode = flag != null ? flag : environment.getOrDefault("K6_COMPATIBILITY_MODE", DEFAULT);
        if (!MODES.contains(mode)) {
            problems.add(FLAG + ": invalid compatibility mode \"" + mode + "\"; use one of \"extended\" or \"base\""
                    + " (jk6 runs both alike: GraalJS supports modern JavaScript, and .ts files are transpiled)");
            return DEFAULT;
        }
        if (mode.equals(DEPRECATED)) {
            log.warn("CompatibilityMode \"" + DEPRECATED + "\" is deprecated. Types are stripped by default for"
                    + " `.ts` files. Please move to using \"base\" instead");
        }
        return mode;
    }
}
