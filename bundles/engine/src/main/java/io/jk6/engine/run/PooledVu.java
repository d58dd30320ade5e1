package io.jk6.engine.run;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * What a {@link VuPool} needs of one VU: run an iteration, and be cut short at the end of a
 * graceful stop or a ramp-down. {@link VirtualUser} is the real one, with a JS context; an
 * executor's unit test drives the real pool with VUs whose iteration is Java.
 */
public interface PooledVu {

    /** The VU's number in the test ({@code __VU}), for its thread's name. */
    long vuId();

    /** Runs one iteration; false when it was interrupted (it then counts as interrupted). */
    boolean runIteration();

    /** The graceful stop is over: the iteration running now ends as interrupted. */
    void cut();

    /**
     * A ramp-down's {@code gracefulRampDown} is over: the iteration {@code thread} runs now ends
     * as interrupted, and the VU may loop again. False when the VU runs no iteration now.
     */
    boolean cutIteration(Thread thread);

    /** Stops the code the VU runs now (its script), waiting at most {@code wait} for it to stop. */
    void interruptCode(Duration wait) throws TimeoutException;
}
