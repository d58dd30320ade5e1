package io.jk6.http.client;

/**
 * The time one request spent in each {@link Phase}, measured with {@link System#nanoTime()}.
 * Moving to the next phase charges the time since the last move to the phase being left, so
 * a failure still leaves the time spent in the failing phase accounted for.
 */
public final class ExchangeTimings {

    private final long[] nanos = new long[Phase.values().length];
    private final long startNanos;
    private Phase phase = Phase.BLOCKED;
    private long markNanos;

    ExchangeTimings(long startNanos) {
        this.startNanos = startNanos;
        this.markNanos = startNanos;
    }

    /** Ends the current phase now and begins {@code next}. */
    void enter(Phase next) {
        long now = System.nanoTime();
        nanos[phase.ordinal()] += now - markNanos;
        markNanos = now;
        phase = next;
    }

    /**
     * Ends the current phase at {@code atNanos}, when another thread saw it end (HTTP/2's
     * reader stamps the frames it hands over), and begins {@code next}; never before the
     * current phase began.
     */
    void enter(Phase next, long atNanos) {
        long at = Math.max(atNanos, markNanos);
        nanos[phase.ordinal()] += at - markNanos;
        markNanos = at;
        phase = next;
    }

    /** Ends the current phase now; nothing is timed after this. */
    void finish() {
        if (phase != Phase.DONE) {
            enter(Phase.DONE);
        }
    }

    /**
     * A retry on a fresh connection: the failed attempt on the stale one was time spent
     * waiting for a usable connection, so it becomes blocked time.
     */
    void restartAfterStaleConnection() {
        enter(Phase.BLOCKED);
        for (Phase p : new Phase[] {Phase.SENDING, Phase.WAITING, Phase.RECEIVING}) {
            nanos[Phase.BLOCKED.ordinal()] += nanos[p.ordinal()];
            nanos[p.ordinal()] = 0;
        }
    }

    /** The phase being timed now, or the one that failed. */
    public Phase phase() {
        return phase;
    }

    /** Milliseconds spent in {@code p}. */
    public double millis(Phase p) {
        return nanos[p.ordinal()] / 1_000_000.0;
    }

    /** k6's request duration: sending + waiting + receiving, in ms. */
    public double durationMillis() {
        return millis(Phase.SENDING) + millis(Phase.WAITING) + millis(Phase.RECEIVING);
    }

    /** When the request began, in {@link System#nanoTime()} terms. */
    public long startNanos() {
        return startNanos;
    }
}
