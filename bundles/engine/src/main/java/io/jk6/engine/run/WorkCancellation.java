package io.jk6.engine.run;

import io.jk6.api.js.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The {@link Cancellation} of one piece of a VU's work (an iteration, setup, teardown, the init
 * context). It ends one of two ways: {@link #cancel()} when the engine interrupts the work, which
 * runs the registered actions on the interrupting thread, or {@link #finish()} when the work ended
 * on its own, which drops them unrun. Whichever comes first wins; the other does nothing.
 * Public for jk6-testing's FakeVU, which cancels its work as the engine does.
 */
public final class WorkCancellation implements Cancellation {

    private enum State { RUNNING, CANCELLED, FINISHED }

    /** Where an action's exception goes: the run's log. */
    private final Consumer<RuntimeException> failedAction;
    // Registrations are rare (blocking modules only): a list under the object's lock is enough.
    private List<Runnable> actions;
    private volatile State state = State.RUNNING;

    /** @param failedAction told of an exception an action threw */
    public WorkCancellation(Consumer<RuntimeException> failedAction) {
        this.failedAction = failedAction;
    }

    @Override
    public boolean isCancelled() {
        return state == State.CANCELLED;
    }

    @Override
    public Registration onCancel(Runnable action) {
        Objects.requireNonNull(action, "action");
        synchronized (this) {
            if (state == State.RUNNING) {
                if (actions == null) {
                    actions = new ArrayList<>(2);
                }
                actions.add(action);
                return () -> withdraw(action);
            }
        }
        if (state == State.CANCELLED) {
            run(action);
        }
        return () -> { };
    }

    private synchronized void withdraw(Runnable action) {
        if (actions != null) {
            // by identity: the same lambda may be registered twice and withdrawn once
            for (int i = 0; i < actions.size(); i++) {
                if (actions.get(i) == action) {
                    actions.remove(i);
                    return;
                }
            }
        }
    }

    /** The work is interrupted: runs every registered action, here, once. */
    public void cancel() {
        List<Runnable> due;
        synchronized (this) {
            if (state != State.RUNNING) {
                return;
            }
            state = State.CANCELLED;
            due = actions;
            actions = null;
        }
        if (due != null) {
            due.forEach(this::run);
        }
    }

    /** The work ended on its own: the signal never fires. */
    public synchronized void finish() {
        if (state == State.RUNNING) {
            state = State.FINISHED;
            actions = null;
        }
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            failedAction.accept(e);
        }
    }
}
