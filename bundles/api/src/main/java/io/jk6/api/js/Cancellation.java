package io.jk6.api.js;

import java.util.concurrent.CancellationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Says when a VU's current work is abandoned, as the context k6 hands its modules
 * ({@code vu.Context()}): for a module that blocks (a database query, a call that waits on a
 * server) and can end that work early.
 *
 * <pre>{@code
 * public List<Row> query(String sql) throws SQLException {
 *     try (PreparedStatement statement = connection.prepareStatement(sql);
 *             Cancellation.Registration cancel = vu.cancellation().onCancel(statement::cancel)) {
 *         return rows(statement.executeQuery());
 *     }
 * }
 * }</pre>
 *
 * <p>One signal covers one piece of a VU's work: an iteration, {@code setup()} or
 * {@code teardown()}, or the VU's init context; {@link VU#cancellation()} gives the one of the
 * work going on. It is cancelled when that work is interrupted:
 * <ul>
 * <li>the end of a graceful stop: a scenario's duration is over (or the test was stopped by
 *     Ctrl-C, the REST API, the shell, an output) and its {@code gracefulStop} passed with the
 *     iteration still running;</li>
 * <li>a ramping executor's {@code gracefulRampDown} ended the iteration;</li>
 * <li>the test was aborted ({@code exec.test.abort()}, a threshold with {@code abortOnFail}):
 *     at once, without a graceful stop;</li>
 * <li>{@code setup()} or {@code teardown()} ran out of its time;</li>
 * <li>the run ended with the VU still busy.</li>
 * </ul>
 * A graceful stop lets iterations finish first: the signal does not fire while they may still
 * end on their own ({@link VU#isStopping()} says the test is stopping). Work that ends normally
 * never sees its signal fire: its registrations are dropped with it and the next iteration gets
 * a new signal.
 *
 * <p>Thread-safe. The engine runs the {@link #onCancel} actions on the thread that interrupts
 * the VU, before it interrupts the VU's thread and JavaScript, so a blocked call can return
 * cleanly first (JDBC's {@code Statement.cancel()}). Actions must be short and must not touch JS
 * values: the VU's thread is busy elsewhere.
 *
 * @since 1.5
 */
@ProviderType
public interface Cancellation {

    /** A signal that is never cancelled, for VUs outside a test run (tools, tests). */
    Cancellation NEVER = new Cancellation() {
        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public Registration onCancel(Runnable action) {
            java.util.Objects.requireNonNull(action, "action");
            return () -> { };
        }
    };

    /** True once the work this signal covers was interrupted. */
    boolean isCancelled();

    /**
     * Runs {@code action} when this signal is cancelled, once; at once, on the calling thread,
     * when it already is. Close the registration when the work it guards is over, so the action
     * does not run for work that has ended (closing twice, or after the action ran, does nothing).
     * An exception the action throws is logged; the other actions still run.
     *
     * @throws NullPointerException when {@code action} is null
     */
    Registration onCancel(Runnable action);

    /**
     * Throws when this signal is cancelled: for code that checks between steps of long work.
     *
     * @throws CancellationException saying the VU's work was interrupted
     */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("the VU's work was interrupted: the test is stopping");
        }
    }

    /** An {@link #onCancel} action, withdrawn by {@link #close()}. */
    @FunctionalInterface
    interface Registration extends AutoCloseable {

        /** Withdraws the action; it does not run after this returns (unless it is running now). */
        @Override
        void close();
    }
}
