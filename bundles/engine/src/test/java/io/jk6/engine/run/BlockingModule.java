package io.jk6.engine.run;

import io.jk6.api.js.Cancellation;
import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.VU;
import io.jk6.engine.js.ModuleRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code k6/x/block} for tests of {@link Cancellation}: a call that blocks as native code or a
 * database driver does, deaf to thread interrupts, until the VU's signal fires (or 20 s pass, so
 * a failing test ends).
 */
final class BlockingModule implements JsModule {

    /** Calls that {@link Instance#block()} ended because the signal fired. */
    final AtomicInteger cancelled = new AtomicInteger();
    /** Calls of {@link Instance#block()} that ran out of their 20 s. */
    final AtomicInteger timedOut = new AtomicInteger();
    /** Actions {@link Instance#register()} left registered that ran. */
    final AtomicInteger leftActionsRun = new AtomicInteger();
    /** The signals {@link Instance#register()} saw, by identity. */
    final Set<Cancellation> signals = ConcurrentHashMap.newKeySet();

    static ModuleRegistry registryWith(BlockingModule module) {
        ModuleRegistry registry = new ModuleRegistry();
        registry.add(new ModuleRegistry.Registration("k6/x/block", module, 1, "test"));
        return registry;
    }

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        Exports exports = Exports.ofDefault(new Instance(vu));
        return () -> exports;
    }

    public final class Instance {
        private final VU vu;

        Instance(VU vu) {
            this.vu = vu;
        }

        /** Blocks until the work is cancelled; returns how it ended. */
        public String block() {
            CountDownLatch released = new CountDownLatch(1);
            try (Cancellation.Registration r = vu.cancellation().onCancel(released::countDown)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (System.nanoTime() < deadline) {
                    try {
                        if (released.await(50, TimeUnit.MILLISECONDS)) {
                            cancelled.incrementAndGet();
                            return "cancelled";
                        }
                    } catch (InterruptedException e) {
                        // deaf to interrupts, as a native call is
                    }
                }
                timedOut.incrementAndGet();
                return "timed out";
            }
        }

        /** {@code exec.test.abort()}. */
        public void abort(String reason) {
            vu.abortTest(reason);
        }

        /** Registers an action and leaves it registered; true when the signal was not cancelled. */
        public boolean register() {
            Cancellation signal = vu.cancellation();
            signals.add(signal);
            signal.onCancel(leftActionsRun::incrementAndGet);
            return !signal.isCancelled();
        }
    }
}
