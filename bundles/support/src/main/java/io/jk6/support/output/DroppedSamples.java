package io.jk6.support.output;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * The warning an output gives when its bounded buffer ({@code SampleBuffer}) dropped samples: once
 * per flush that saw new drops, with the count, so a slow backend is seen in the run's log while
 * it happens, not found missing in a dashboard later. Used from the output's flusher thread only.
 */
public final class DroppedSamples {

    private final String advice;
    private long reported;

    /** @param advice what the user can do, e.g. "InfluxDB is slower than the test: raise K6_INFLUXDB_PUSH_INTERVAL" */
    public DroppedSamples(String advice) {
        this.advice = advice;
    }

    /** Logs a warning when {@code total} (the buffer's running count) grew since the last call. */
    public void warnIfGrown(long total, Logger logger) {
        long fresh = total - reported;
        if (fresh <= 0) {
            return;
        }
        reported = total;
        logger.log(Level.WARNING, fresh + " samples dropped since the last flush (" + total + " in this test): the"
                + " output's buffer was full; " + advice + ". The end-of-test summary still counts every sample.");
    }
}
