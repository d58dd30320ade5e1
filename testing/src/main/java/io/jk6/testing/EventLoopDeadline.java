package io.jk6.testing;

import io.jk6.engine.js.EventLoop;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the engine's event loop on the test's thread with a time limit. The loop itself waits for
 * as long as work is promised, as a VU must; in a test, a callback that never comes back should
 * fail the test, not hang the build.
 */
final class EventLoopDeadline {

    private EventLoopDeadline() {
    }

    /** Runs {@code loop} until it is empty; an AssertionError when it still waits after {@code seconds}. */
    static void run(EventLoop loop, long seconds) throws InterruptedException {
        Thread caller = Thread.currentThread();
        AtomicBoolean expired = new AtomicBoolean();
        Thread watchdog = Thread.ofPlatform().daemon().name("jk6-testing-event-loop").start(() -> {
            try {
                TimeUnit.SECONDS.sleep(seconds);
                expired.set(true);
                caller.interrupt();
            } catch (InterruptedException e) {
                // the loop finished in time
            }
        });
        try {
            loop.run();
        } catch (InterruptedException e) {
            if (expired.get()) {
                throw new AssertionError("the event loop still waited for a promised callback or a timer after "
                        + seconds + " s", e);
            }
            throw e;
        } finally {
            watchdog.interrupt();
            try {
                watchdog.join();
            } catch (InterruptedException e) {
                if (!expired.get()) {
                    Thread.currentThread().interrupt(); // the test's own interrupt: kept
                }
            }
            if (expired.get()) {
                Thread.interrupted(); // the watchdog's interrupt, not the test's
            }
        }
    }
}
