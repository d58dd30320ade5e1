package io.jk6.engine.thresholds;

import java.time.Duration;
import java.util.Objects;

/**
 * One threshold as configured: either the short form {@code "p(95)<500"} or k6's long form
 * {@code {threshold: "p(95)<500", abortOnFail: true, delayAbortEval: "10s"}}.
 *
 * @param source         the expression text
 * @param abortOnFail    stop the test as soon as it fails
 * @param delayAbortEval how long into the test before a failure may abort it; null for none
 */
public record ThresholdDefinition(String source, boolean abortOnFail, Duration delayAbortEval) {

    public ThresholdDefinition {
        Objects.requireNonNull(source, "source");
    }

    /** The short form. */
    public static ThresholdDefinition of(String source) {
        return new ThresholdDefinition(source, false, null);
    }
}
