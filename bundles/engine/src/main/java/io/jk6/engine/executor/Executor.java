package io.jk6.engine.executor;

import io.jk6.engine.config.ExecutionTuple;
import io.jk6.engine.run.VuPool;
import java.time.Duration;

/**
 * Schedules iterations on VUs, as a k6 executor does. One implementation per file, each with its
 * options read and validated ({@code fromOptions}: every problem at once, each naming its option)
 * and registered in {@link ExecutorTypes}.
 */
public interface Executor {

    /** k6's executor name, such as {@code constant-vus}. */
    String type();

    /** The most VUs the executor uses (this instance's share of them in a segmented test). */
    int maxVUs();

    /**
     * The VUs to initialize before the test starts; arrival-rate executors initialize the rest
     * up to {@link #maxVUs()} while they run, when they need them (as k6 does).
     */
    default int preInitVUs() {
        return maxVUs();
    }

    /** The VUs looping when the executor starts (the first {@code vus} sample). */
    default int initialVUs() {
        return maxVUs();
    }

    /**
     * The executor as one instance of a segmented test runs it ({@code --execution-segment}):
     * its VUs, iterations and arrival-rate starts are this segment's share, by k6's striping;
     * its times are not scaled. {@link ExecutionTuple#FULL} is the whole test.
     */
    Executor segmented(ExecutionTuple segment);

    /** The tuple of the scenario's iteration numbers: which of the test-wide ones this instance's are. */
    ExecutionTuple iterationStripes();

    /** False when this instance's segment of the scenario has no VU or no iteration: it does not run. */
    default boolean hasWork() {
        return maxVUs() > 0;
    }

    /** The longest the executor may run, graceful stop included (shown in the banner). */
    Duration maxDuration();

    /** k6's {@code gracefulStop}: how long iterations running at the scenario's end may go on. */
    Duration gracefulStop();

    /** One line for the banner: {@code 10 looping VUs for 30s (gracefulStop: 30s)}. */
    String describe();

    /**
     * Runs the scenario; returns when every VU loop has ended. Sets the scenario's progress
     * ({@code pool.scenario().progress(...)}) when it starts.
     */
    void run(VuPool pool) throws InterruptedException;
}
