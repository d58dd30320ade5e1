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

    /**
     * True while the test is paused ({@link #pause()}, {@code jk6 run --paused}, the REST API):
     * no new iteration starts and the test's time stands still.
     *
     * @since 1.1
     */
    boolean isPaused();

    /**
     * Pauses the test as k6's REST API does: iterations running finish, no new one starts. Before
     * the test has started any test can be paused; once it runs, only one whose scenarios are all
     * {@code externally-controlled}. Returns at once.
     *
     * @throws IllegalStateException when the test cannot be paused now, with the reason (already
     *                               paused, or its executor cannot pause)
     * @since 1.1
     */
    void pause();

    /**
     * Resumes a paused test (one started paused begins: {@code setup()}, then its scenarios).
     *
     * @throws IllegalStateException when the test is not paused or cannot be resumed, with the reason
     * @since 1.1
     */
    void resume();

    /**
     * Changes how many VUs loop in the test's {@code externally-controlled} scenario, from 0 to its
     * {@code maxVUs}. Returns at once; the VUs follow within an iteration.
     *
     * @throws IllegalStateException    when the test has no {@code externally-controlled} scenario
     * @throws IllegalArgumentException when {@code vus} is negative or above its {@code maxVUs}
     * @since 1.1
     */
    void setVUs(int vus);
}
