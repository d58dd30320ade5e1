package io.jk6.launcher;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import sun.misc.Signal;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a graceful stop: the first signal runs the command's
 * action (stop the test, print the summary), a second one exits at once, as k6 does. A shutdown
 * hook could not do this: by then the JVM is already exiting and the exit code is lost.
 */
final class SignalRelay {

    /** k6's exit code for a test stopped by a signal (ExternalAbort). */
    static final int EXTERNAL_ABORT = 105;

    private final AtomicReference<Runnable> action = new AtomicReference<>();
    private final AtomicInteger signals = new AtomicInteger();

    void install() {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), this::handle);
            } catch (IllegalArgumentException e) {
                // signal not available on this platform
            }
        }
    }

    void onFirstSignal(Runnable runnable) {
        action.set(runnable);
    }

    private void handle(Signal signal) {
        if (signals.incrementAndGet() > 1) {
            System.err.println("Aborting jk6 in response to signal " + signal.getName() + " again, not waiting");
            Runtime.getRuntime().halt(EXTERNAL_ABORT);
        }
        Runnable r = action.get();
        if (r == null) {
            Runtime.getRuntime().halt(EXTERNAL_ABORT);
        }
        Thread.ofVirtual().name("jk6-signal").start(r);
    }
}
