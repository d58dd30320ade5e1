package io.jk6.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a test and stops a backend while it runs, once the backend holds something the run sent (the
 * first iterations, say): mid-run however long the VUs take to start, for a test of what an output
 * does when its backend dies. The result says what the backend held when it was stopped, so the test
 * can check that was part of the run, not all of it.
 *
 * <pre>{@code
 * MidRunStop.Result stopped = MidRunStop.during(ScriptRun.of(dir, script).output("influxdb=" + url, factory),
 *         () -> countOfIterationsIn(influx), influx);
 * assertThat(stopped.heldWhenStopped()).isPositive().isLessThan(stopped.run().completeIterations());
 * }</pre>
 */
public final class MidRunStop {

    private static final long POLL_MILLIS = 100;
    private static final int MAX_POLLS = 200;

    /**
     * @param run             what the run recorded
     * @param heldWhenStopped what the backend held of the run when it was stopped
     */
    public record Result(RunRecord run, long heldWhenStopped) {
    }

    private MidRunStop() {
    }

    /**
     * Runs {@code run} while polling {@code held} every 100 ms; once it is positive (20 s at most),
     * closes {@code backend}. The backend is closed whatever the run did.
     *
     * @param held    what the backend holds of the run now (0 when nothing yet)
     * @param backend the backend to stop
     */
    public static Result during(ScriptRun run, Callable<Long> held, AutoCloseable backend) throws Exception {
        CompletableFuture<Long> stopped = CompletableFuture.supplyAsync(() -> {
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
        RunRecord record;
        try {
            record = run.run();
        } finally {
            stopped.join(); // the backend is stopped whatever the run did
        }
        return new Result(record, stopped.join());
    }
}
