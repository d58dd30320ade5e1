package io.jk6.engine.run;

import io.jk6.engine.js.JsValues;
import io.jk6.engine.js.ScriptException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.graalvm.polyglot.Value;

/**
 * {@code setup()} and {@code teardown(data)} as k6 calls them: in the init VU, each within its
 * time limit ({@code setupTimeout}, {@code teardownTimeout}), an abort of the script ending the
 * call without an error. A call that runs out of time stops the test with k6's outcome (exit 100
 * or 101).
 */
final class LifecycleCalls {

    private final ExecutionState execution;
    private volatile LifecycleTimeout timeout;

    LifecycleCalls(ExecutionState execution) {
        this.execution = execution;
    }

    /** The call that ran out of its time, or null. */
    LifecycleTimeout timeout() {
        return timeout;
    }

    /**
     * Calls {@code name} when the script exports it, within {@code limit}: when the limit passes,
     * the VU is interrupted (its blocking call and its running JS) and the test stops.
     *
     * @return the function's result as JSON; null when the script exports no such function, it
     *         returned nothing, the script aborted the test, or the time ran out
     * @throws ScriptException the function threw (other than the script's abort)
     */
    String call(VirtualUser vu, Value exports, String name, String data, Duration limit) throws ScriptException {
        if (!JsValues.isFunction(exports, name)) {
            return null;
        }
        Thread caller = Thread.currentThread();
        AtomicBoolean expired = new AtomicBoolean();
        Thread watchdog = Thread.ofPlatform().daemon().name(name + "-timeout").start(() -> {
            try {
                Thread.sleep(limit);
            } catch (InterruptedException e) {
                return;
            }
            expired.set(true);
            vu.cancelWork(); // modules end their blocking calls first
            caller.interrupt(); // wakes sleep() and blocking I/O
            try {
                vu.interruptCode(Duration.ofSeconds(2)); // stops running JS
            } catch (TimeoutException | IllegalStateException e) {
                // the call ends once its blocking call returns
            }
        });
        try {
            return callUnlessAborted(vu, name, data);
        } catch (ScriptException e) {
            if (!expired.get()) {
                throw e;
            }
            return null;
        } finally {
            watchdog.interrupt();
            try {
                watchdog.join();
            } catch (InterruptedException e) {
                // the interrupt came from our own watchdog: cleared below
            }
            if (expired.get()) {
                Thread.interrupted();
                LifecycleTimeout ranOut = new LifecycleTimeout(name, limit);
                timeout = ranOut;
                execution.stoppedBy(() -> new RunOutcome.TimedOut(ranOut));
                execution.stop();
            }
        }
    }

    /** The exception that {@code exec.test.abort()} throws to end the call is not an error. */
    private String callUnlessAborted(VirtualUser vu, String name, String data) throws ScriptException {
        try {
            return vu.callOnce(name, data);
        } catch (ScriptException e) {
            if (execution.abortReason() == null) {
                throw e;
            }
            return null;
        }
    }
}
