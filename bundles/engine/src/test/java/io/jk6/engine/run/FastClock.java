package io.jk6.engine.run;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A clock that runs {@code speed} times faster than the wall clock: an executor scheduled on it
 * runs a 10 s scenario in 10/speed s, with its real threads, sleeps and joins.
 */
public final class FastClock implements NanoClock {

    private final long origin = System.nanoTime();
    private final int speed;

    public FastClock(int speed) {
        this.speed = speed;
    }

    @Override
    public long nanoTime() {
        return origin + (System.nanoTime() - origin) * speed;
    }

    @Override
    public void sleep(long nanos) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(nanos / speed);
    }

    @Override
    public void join(Thread thread, long nanos) throws InterruptedException {
        thread.join(Duration.ofNanos(Math.max(1, nanos / speed)));
    }
}
