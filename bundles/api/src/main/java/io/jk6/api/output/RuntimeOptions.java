package io.jk6.api.output;

import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * How jk6 runs around the test, set by flags and {@code K6_*} variables, never by the script:
 * k6's {@code lib.RuntimeOptions} as {@code output.Params} hands it over. Each method's default is
 * k6's default, what a run without the flag has.
 *
 * @since 1.2
 */
@ProviderType
public interface RuntimeOptions {

    /** {@code --include-system-env-vars}: the process's environment is in {@code __ENV} (true for {@code jk6 run}). */
    default boolean includeSystemEnvVars() {
        return true;
    }

    /** {@code --compatibility-mode}: {@code extended} (the default) or {@code base}. */
    default String compatibilityMode() {
        return "extended";
    }

    /** The script's {@code __ENV}: the system's variables when included, {@code -e NAME=value} over them. */
    default Map<String, String> env() {
        return Map.of();
    }

    /** {@code --no-thresholds}: thresholds are neither judged nor shown. */
    default boolean noThresholds() {
        return false;
    }

    /** {@code --no-summary} or {@code --summary-mode=disabled}: no end-of-test summary. */
    default boolean noSummary() {
        return false;
    }

    /** {@code --summary-mode}: {@code compact} (the default), {@code full} or {@code disabled}. */
    default String summaryMode() {
        return "compact";
    }

    /** {@code --summary-export}: where the summary's JSON is written, as given; empty when not. */
    default Optional<String> summaryExport() {
        return Optional.empty();
    }
}
