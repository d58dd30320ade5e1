package io.jk6.api.js;

import java.time.Duration;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where the whole test run is, as k6's {@code lib.ExecutionState}: for modules that adapt to the
 * load (pacing, reporting). Thread-safe; the values move while the test runs.
 */
@ProviderType
public interface ExecutionState {

    /** VUs running iterations now. */
    int activeVUs();

    /** VUs initialized so far (their init context evaluated). */
    int initializedVUs();

    /** Iterations completed so far, by every VU. */
    long completeIterations();

    /** Iterations cut short so far (hard stop at the end of a graceful stop). */
    long interruptedIterations();

    /** Time since the test started (after VU initialization). */
    Duration elapsed();
}
