package io.jk6.api.runtime;

import java.nio.file.Path;
import java.time.Duration;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A test that is running now. The engine registers one service per test as it starts (before its
 * VUs are initialized) and unregisters it when the test has ended, summary printed; the service
 * properties {@value #ID} and {@value #SCRIPT} name it. Every value is read live and thread-safe.
 */
@ProviderType
public interface RunningTest {

    /** Service property: the test's id ({@code Long}), unique in this jk6 process, counting from 1. */
    String ID = "jk6.test.id";

    /** Service property: the script's absolute path ({@code String}). */
    String SCRIPT = "jk6.test.script";

    /** The id, as in the {@value #ID} property. */
    long id();

    /** The script file. */
    Path script();

    /** Time since the test started, as k6 counts it: zero while its VUs are being initialized. */
    Duration elapsed();

    /** VUs running iterations now. */
    int vus();

    /** Iterations completed so far. */
    long iterations();

    /** HTTP requests made so far (the {@code http_reqs} count). */
    long requests();

    /**
     * Stops the test as Ctrl-C does: no new iterations, running ones get their graceful stop,
     * then teardown and the summary; the run ends with k6's exit code 105. Returns at once.
     */
    void stop();
}
