package io.jk6.engine.executor;

import io.jk6.engine.run.ScenarioProgress;
import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.Locale;

/** The pieces of k6's per-scenario progress lines ({@code 05/10 VUs  04.2s/10s}). */
final class ProgressText {

    private ProgressText() {
    }

    /** {@code 05.2s/10s} while running, {@code 10s} once the time is up, as k6's bars. */
    static String time(long elapsedNanos, Duration total) {
        if (elapsedNanos >= total.toNanos()) {
            return GoDuration.format(total);
        }
        double seconds = elapsedNanos / 1e9;
        long minutes = (long) (seconds / 60);
        String spent = total.toMinutes() > 0
                ? String.format(Locale.ROOT, "%dm%04.1fs", minutes, seconds - minutes * 60)
                : String.format(Locale.ROOT, "%04.1fs", seconds);
        return spent + "/" + GoDuration.format(total);
    }

    /** {@code 10 VUs}. */
    static String vus(int vus) {
        return vus + " VUs";
    }

    /** {@code 05/10 VUs}: numbers padded to the width of the maximum, as k6. */
    static String vus(int active, int max) {
        int width = String.valueOf(max).length();
        return String.format(Locale.ROOT, "%0" + width + "d/%0" + width + "d VUs", active, max);
    }

    /** Progress of a timed executor. */
    static ScenarioProgress timed(long elapsedNanos, Duration total, String details) {
        double fraction = total.isZero() ? 1 : Math.min(1, (double) elapsedNanos / total.toNanos());
        return new ScenarioProgress(fraction, details);
    }

    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.2f iters/s", perSecond);
    }
}
