package io.jk6.engine.run;

import io.jk6.api.js.Cancellation;

/**
 * The work one VU does now (its init context, an iteration, {@code setup()} or
 * {@code teardown()}) and how the engine interrupts it: the signal modules watch
 * ({@code VU.cancellation()}, renewed for each work), and the cut at the end of a graceful stop or
 * of a ramp-down's {@code gracefulRampDown}, after which the iteration does not count and pushes
 * no sample. Apart from {@link VirtualUser} because an interrupt may land between two iterations:
 * the rules that keep it from hitting an idle VU change together, under one lock, here.
 */
final class VuWork {

    private final RunLog log;
    private volatile WorkCancellation current;
    /** Set when the end of a graceful stop interrupts the VU: its iteration does not count. */
    private volatile boolean cut;
    // Guards iterating/cut against an interrupt landing between two iterations (see cutIteration).
    private final Object lock = new Object();
    private boolean iterating;
    /** The iteration was cut by a ramp-down: the VU's loop goes on, so its thread's interrupt is cleared. */
    private boolean cutByRampDown;

    /** Starts with the init context's work, for modules that block while it runs. */
    VuWork(RunLog log) {
        this.log = log;
        this.current = newWork();
    }

    private WorkCancellation newWork() {
        return new WorkCancellation(e -> log.warn("a module's action on the VU's interruption failed: "
                + (e.getMessage() != null ? e.getMessage() : e.toString())));
    }

    /** The signal of the work the VU does now. */
    Cancellation signal() {
        return current;
    }

    /** {@code setup()} or {@code teardown()} begins: a signal of its own. */
    void beginCall() {
        current = newWork();
    }

    /** An iteration begins: a signal of its own, and a VU cut before (another scenario, a ramp-down) runs afresh. */
    void beginIteration() {
        synchronized (lock) {
            iterating = true;
            cut = false;
            current = newWork();
        }
    }

    /** The iteration ended; an interrupt that was for it alone (a ramp-down's) is cleared so the VU may loop again. */
    void endIteration() {
        synchronized (lock) {
            iterating = false;
            current.finish();
            if (cutByRampDown) {
                cutByRampDown = false;
                Thread.interrupted();
            }
        }
    }

    /** The work ended without an interrupt: its signal never fires. */
    void finish() {
        current.finish();
    }

    /** Whether the work's signal fired: an error then is the interruption's, not the script's. */
    boolean isCancelled() {
        return current.isCancelled();
    }

    /** Cancels the signal of the work the VU does now: modules end their blocking calls. */
    void cancel() {
        current.cancel();
    }

    /** The end of the graceful stop interrupts this VU's iteration, which is then not counted as complete. */
    void cut() {
        cut = true;
        current.cancel();
    }

    boolean isCut() {
        return cut;
    }

    /**
     * The end of a ramp-down's {@code gracefulRampDown}: interrupts the iteration the VU runs now
     * on {@code thread} (its blocking call). Does nothing and returns false when the VU is between
     * iterations or already cut, so an idle VU is never interrupted.
     */
    boolean cutIteration(Thread thread) {
        synchronized (lock) {
            if (!iterating || cut) {
                return false;
            }
            cut = true;
            cutByRampDown = true;
            current.cancel(); // first: a module's blocking call ends cleanly before the interrupt lands
            thread.interrupt();
            return true;
        }
    }
}
