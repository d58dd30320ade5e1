package io.jk6.cli;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code --linger}, as k6's: once the test is done, jk6 keeps running (and its REST API answering)
 * until a signal, then prints the summary and exits with the test's code. A signal while the test
 * runs stops the test as always and ends the linger before it begins.
 */
final class Linger {

    private final AtomicBoolean waiting = new AtomicBoolean();
    private final CountDownLatch signalled = new CountDownLatch(1);

    /**
     * Called on a signal: true when it ended the wait (the test is done and lingers), false when the
     * test still runs and the caller stops it.
     */
    boolean release() {
        signalled.countDown();
        return waiting.get();
    }

    /** Waits for a signal, unless one came already; says so on {@code out} unless it is null. */
    void await(PrintStream out) throws InterruptedException {
        waiting.set(true);
        if (signalled.getCount() == 0) {
            return;
        }
        if (out != null) {
            out.println("The test is done, but --linger was enabled, so jk6 is waiting for Ctrl+C to continue...");
            out.flush();
        }
        signalled.await();
    }
}
