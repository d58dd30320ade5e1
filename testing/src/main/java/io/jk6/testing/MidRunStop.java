package io.jk6.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Stops a backend while a test runs, once it holds something the run sent (the first iterations,
 * say): mid-run however long the VUs take to start, for a test of what an output does when its
 * backend dies. The future completes with what the backend held when it was stopped, so the test
 * can check that was part of the run, not all of it; it stops the backend within 20 s in any case.
 *
 * <pre>{@code
 * CompletableFuture<Long> stopped = MidRunStop.once(() -> countOfIterationsIn(influx), influx);
 * RunRecord run;
 * long held;
 * try {
 *     run = ScriptRun.of(dir, script).output("influxdb=" + url, factory).run();
 * } finally {
 *     held = stopped.join(); // stopped whatever the run did
 * }
 * assertThat(held).isPositive().isLessThan(run.completeIterations());
 * }</pre>
 */
public final class MidRunStop {

    private static final long POLL_MILLIS = 100;
    private static final int MAX_POLLS = 200;

    private MidRunStop() {
    }

    /**
     * Polls {@code held} every 100 ms until it is positive (20 s at most), then closes {@code backend}.
     *
     * @param held    what the backend holds of the run now (0 when nothing yet)
     * @param backend the backend to stop
     */
    public static CompletableFuture<Long> once(Callable<Long> held, AutoCloseable backend) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                long seen = 0;
                for (int i = 0; i < MAX_POLLS && seen == 0; i++) {
                    Thread.sleep(POLL_MILLIS);
                    seen = held.call();
                }
                backend.close();
                return seen;
            } catch (Exception e) {
                throw new IllegalStateException("stopping the backend mid-run failed", e);
            }
        });
    }
}
