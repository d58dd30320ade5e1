package io.jk6.engine.deploy;

import io.jk6.engine.run.RunLog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The runs in flight in this framework, and the changes to deploy/ that must wait for them.
 *
 * <p>A run uses module instances whose classes come from its extensions' bundle revisions, and
 * loads more classes from them as its code reaches new paths. Felix discards a revision's class
 * loader as soon as the bundle is updated or uninstalled (it refreshes a bundle nothing else is
 * wired to at once), so such changes are {@linkplain #applyWhenIdle() applied only when no run is
 * in flight}. While one is being applied, a run that starts waits for it (a bundle update and
 * refresh take well under a second), so the next run after the last one in flight ends always
 * sees the change.
 *
 * <pre>
 * try (RunsInFlight.Run run = runsInFlight.enter(log)) {
 *     ... the whole run, from loading the script to the summary ...
 * }
 * </pre>
 */
@Component(service = RunsInFlight.class)
public final class RunsInFlight {

    /** Changes that wait for the runs in flight to end. */
    public interface DeferredWork {
        /** True when something waits; called under this object's lock, so it must not block. */
        boolean pending();

        /** Applies what waits; runs while no run is in flight and new runs wait for it. */
        void apply();
    }

    /** One run in flight; {@link #close()} when it has ended. */
    public interface Run extends AutoCloseable {
        @Override
        void close();
    }

    private final Object lock = new Object();
    /** The runs in flight (each its own entry, whatever log it writes to). */
    private final Set<Entry> runs = new LinkedHashSet<>();
    /** True while deferred work is applied: runs that start wait for it. */
    private boolean applying;
    private boolean closed;
    private volatile DeferredWork work;

    /** Marks a run in flight until the returned handle is closed; waits while a change is being applied. */
    public Run enter(RunLog log) {
        synchronized (lock) {
            boolean interrupted = false;
            while (applying) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the run starts anyway, with the interrupt kept for it
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Entry run = new Entry(log);
            runs.add(run);
            return run;
        }
    }

    /** One run in flight; identity is what tells two apart. */
    private final class Entry implements Run {
        private final RunLog log;

        Entry(RunLog log) {
            this.log = log;
        }

        @Override
        public void close() {
            leave(this);
        }
    }

    private void leave(Entry run) {
        synchronized (lock) {
            if (!runs.remove(run) || !runs.isEmpty() || applying || closed) {
                return;
            }
            DeferredWork w = work;
            if (w == null || !w.pending()) {
                return;
            }
            applying = true;
        }
        // not on the run's own thread: a one-shot jk6 run returns its exit code at once
        Thread applier = new Thread(this::applyPending, "jk6-deploy-changes");
        applier.setDaemon(true);
        applier.start();
    }

    /**
     * Applies the pending work now, on this thread, if no run is in flight; otherwise it is applied
     * when the last one ends. Returns true if it was applied (or is being applied) now.
     */
    public boolean applyWhenIdle() {
        synchronized (lock) {
            if (applying) {
                return true; // the applier checks for more work before it lets runs start
            }
            if (!runs.isEmpty() || closed) {
                return false;
            }
            applying = true;
        }
        applyPending();
        return true;
    }

    /**
     * Applies until nothing waits, then lets waiting runs start. Finding nothing left and letting
     * runs in happen under one lock: work recorded meanwhile is either seen here or finds
     * {@code applying} false and is applied by whoever recorded it.
     */
    private void applyPending() {
        boolean released = false;
        try {
            while (true) {
                DeferredWork w = work;
                synchronized (lock) {
                    if (closed || w == null || !w.pending()) {
                        applying = false;
                        lock.notifyAll();
                        released = true;
                        return;
                    }
                }
                w.apply();
            }
        } finally {
            if (!released) { // apply() failed: runs must not wait for ever
                synchronized (lock) {
                    applying = false;
                    lock.notifyAll();
                }
            }
        }
    }

    /** Writes {@code message} as a warning into the log of every run in flight; false if there is none. */
    public boolean warnRuns(String message) {
        List<RunLog> logs = new ArrayList<>();
        synchronized (lock) {
            runs.forEach(run -> logs.add(run.log));
        }
        logs.forEach(log -> log.warn(message));
        return !logs.isEmpty();
    }

    /** True while a run is in flight. */
    public boolean busy() {
        synchronized (lock) {
            return !runs.isEmpty();
        }
    }

    /** The work to apply when the runs end (one source: the deploy/ installer); null to clear. */
    public void setWork(DeferredWork deferred) {
        this.work = deferred;
    }

    @Deactivate
    void deactivate() {
        synchronized (lock) {
            closed = true; // the framework stops: nothing to apply any more
            lock.notifyAll();
        }
    }
}
