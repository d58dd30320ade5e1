package io.jk6.http;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * k6's {@code rps} option: at most that many requests per second over all the VUs of a test, as
 * k6's limiter (a token bucket of one token: the first request goes at once, each next one at
 * least 1/rps after the one before). One per run, shared through {@code InitEnvironment.shared};
 * a request waits for its slot on its own (virtual) thread.
 */
final class RequestRate {

    /** The shared key: one limiter per test run. */
    static final String KEY = "k6/http.rps";

    interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    private final AtomicLong nextSlot = new AtomicLong(Long.MIN_VALUE);
    private volatile long perSecond;
    private final LongSupplier clock;
    private final Sleeper sleeper;

    RequestRate() {
        this(System::nanoTime, nanos -> TimeUnit.NANOSECONDS.sleep(nanos));
    }

    RequestRate(LongSupplier clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** The test's {@code rps}; each VU sets the same value once it knows the test's options. */
    void configure(long requestsPerSecond) {
        this.perSecond = requestsPerSecond;
    }

    /** Whether a limit is set: {@code rps} above 0. */
    boolean limits() {
        return perSecond > 0;
    }

    /**
     * Waits for the next free slot (at once when no limit is set). An interrupted wait (the VU
     * is stopping) returns at once with the interrupt kept.
     */
    void await() {
        long perSecond = this.perSecond;
        if (perSecond <= 0) {
            return;
        }
        long interval = 1_000_000_000L / perSecond;
        long now = clock.getAsLong();
        // reserve: the slot is the later of now and the next free one, the one after it is one interval on
        long previous = nextSlot.getAndAccumulate(now, (next, at) -> Math.max(next, at) + interval);
        long slot = Math.max(previous, now);
        long wait = slot - now;
        if (wait > 0) {
            try {
                sleeper.sleepNanos(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
