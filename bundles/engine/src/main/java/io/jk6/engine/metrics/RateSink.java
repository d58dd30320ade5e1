package io.jk6.engine.metrics;

/** Counts non-zero values against all values. */
public final class RateSink implements Sink {

    private long trues;
    private long total;

    @Override
    public void add(double value) {
        total++;
        if (value != 0) {
            trues++;
        }
    }

    /** Non-zero values (k6's {@code passes}). */
    public long passes() {
        return trues;
    }

    /** Zero values (k6's {@code fails}). */
    public long fails() {
        return total - trues;
    }

    public long total() {
        return total;
    }

    /** The share of non-zero values, 0..1; 0 when empty rather than NaN, like k6's summary. */
    public double rate() {
        return total == 0 ? 0 : (double) trues / total;
    }

    @Override
    public boolean isEmpty() {
        return total == 0;
    }

    @Override
    public RateSink copy() {
        RateSink r = new RateSink();
        r.trues = trues;
        r.total = total;
        return r;
    }
}
