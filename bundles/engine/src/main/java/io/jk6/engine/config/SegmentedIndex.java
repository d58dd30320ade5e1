package io.jk6.engine.config;

/**
 * k6's segmented iterator over one {@link ExecutionTuple}: pairs of numbers from 1, the
 * instance's own ({@code scaled}) and the whole test's ({@code unscaled}) of the same item, so
 * that instances never hand out the same test-wide number. Not thread-safe.
 */
public final class SegmentedIndex {

    private final ExecutionTuple tuple;
    private long scaled;
    private long unscaled;

    public SegmentedIndex(ExecutionTuple tuple) {
        this.tuple = tuple;
    }

    /** The next item: {@code {scaled, unscaled}}, both from 1. */
    public long[] next() {
        return at(scaled + 1);
    }

    /** The item before; undefined before the first. */
    public long[] prev() {
        return at(scaled - 1);
    }

    /** The last item whose test-wide number is at most {@code value}. */
    public long[] goTo(long value) {
        return at(tuple.scale(value));
    }

    private long[] at(long newScaled) {
        scaled = newScaled;
        unscaled = newScaled == 0 ? 0 : tuple.globalIndex(newScaled - 1) + 1;
        return new long[] {scaled, unscaled};
    }

    public long scaled() {
        return scaled;
    }

    public long unscaled() {
        return unscaled;
    }
}
