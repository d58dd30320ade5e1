package io.jk6.engine.executor;

import io.jk6.engine.run.VuPool;
import java.time.Duration;

/** Schedules iterations on VUs, as a k6 executor does. One implementation per file. */
public interface Executor {

    /** k6's executor name, such as {@code constant-vus}. */
    String type();

    /** The VUs to initialize before the test starts. */
    int maxVUs();

    /** The VUs looping when the executor starts (the first {@code vus} sample). */
    default int initialVUs() {
        return maxVUs();
    }

    /** The longest the executor may run, graceful stop included (shown in the banner). */
    Duration maxDuration();

    /** One line for the banner: {@code 10 looping VUs for 30s (gracefulStop: 30s)}. */
    String describe();

    /** Runs the scenario; returns when every VU loop has ended. */
    void run(VuPool pool) throws InterruptedException;
}
