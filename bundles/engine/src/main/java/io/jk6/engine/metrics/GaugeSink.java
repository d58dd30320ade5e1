package io.jk6.engine.metrics;

/** Keeps the last value and the extremes seen. */
public final class GaugeSink implements Sink {

    private double last;
    private double min;
    private double max;
    private boolean seen;

    @Override
    public void add(double value) {
        last = value;
        if (!seen || value < min) {
            min = value;
        }
        if (!seen || value > max) {
            max = value;
        }
        seen = true;
    }

    /** The last value added (k6's {@code value}). */
    public double value() {
        return last;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    @Override
    public boolean isEmpty() {
        return !seen;
    }

    @Override
    public GaugeSink copy() {
        GaugeSink g = new GaugeSink();
        g.last = last;
        g.min = min;
        g.max = max;
        g.seen = seen;
        return g;
    }
}
