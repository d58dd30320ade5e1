package io.jk6.engine.run;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The clock executors schedule by: the scenario's start, its deadlines, the ticks of a ramp, the
 * waits of a graceful stop. {@link #SYSTEM} in a run; an executor's unit test gives its pool a
 * clock that runs faster than the wall clock, so a 10 s scenario runs in a fraction of that.
 */
public interface NanoClock {

    /** {@link System#nanoTime()} and real sleeps. */
    NanoClock SYSTEM = new NanoClock() {

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }

        @Override
        public void join(Thread thread, long nanos) throws InterruptedException {
            thread.join(Duration.ofNanos(nanos));
        }
    };

    /** Now, in nanoseconds from an arbitrary origin, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Sleeps {@code nanos} of this clock's time (nothing when not positive). */
    void sleep(long nanos) throws InterruptedException;

    /** Waits for {@code thread} to end, at most {@code nanos} of this clock's time. */
    void join(Thread thread, long nanos) throws InterruptedException;
}
