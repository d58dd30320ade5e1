package io.jk6.engine.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One instance's segment within the whole sequence, and which of the test's VUs, iterations
 * and arrival-rate starts are its own: k6's striping. With {@code L} the least common
 * denominator of the segments' lengths, every run of {@code L} consecutive items (0, 1, 2...)
 * is dealt out the same way: a segment of length {@code k/L} owns {@code k} of them, spread as
 * evenly as possible, the longest segments choosing first. So however many items there are,
 * the instances' shares add up to exactly that many ({@link #scale}), grow one at a time, and
 * item {@code i} always lands on the same instance ({@link #globalIndex}).
 *
 * <p>Sequence {@code 0,1/2,3/4,1}: {@code 0:1/2} owns 0, 2, 4, 6...; {@code 1/2:3/4} owns 1, 5,
 * 9...; {@code 3/4:1} owns 3, 7, 11... For 6 items they get 3, 2 and 1.
 */
public final class ExecutionTuple {

    /** The whole test on one instance: every item is its own. */
    public static final ExecutionTuple FULL = new ExecutionTuple(
            new ExecutionSegmentSequence(List.of(ExecutionSegment.FULL)), 0);

    private final ExecutionSegmentSequence sequence;
    private final int index;
    private final long lcd;
    /** The items of each run of {@link #lcd} each segment owns, ascending. */
    private final long[][] stripes;
    private final long[] owned;

    private ExecutionTuple(ExecutionSegmentSequence filled, int index) {
        this.sequence = filled;
        this.index = index;
        this.lcd = filled.lcd();
        this.stripes = stripe(filled, lcd);
        this.owned = stripes[index];
    }

    /**
     * The tuple of {@code segment} (null: the whole test) in {@code sequence} (null or empty:
     * the one around the segment), the sequence's ends filled up to 0 and 1.
     *
     * @throws IllegalArgumentException when the segment is not one of the sequence's, in k6's words
     */
    public static ExecutionTuple of(ExecutionSegment segment, ExecutionSegmentSequence sequence) {
        ExecutionSegment s = segment == null ? ExecutionSegment.FULL : segment;
        ExecutionSegmentSequence given = sequence == null ? new ExecutionSegmentSequence(List.of()) : sequence;
        if (s.isFull() && given.isEmpty()) {
            return FULL;
        }
        ExecutionSegmentSequence filled = given.filled(s);
        int index = filled.segments().indexOf(s);
        if (index < 0) {
            throw new IllegalArgumentException("couldn't find segment " + s + " in sequence " + filled);
        }
        return new ExecutionTuple(filled, index);
    }

    /**
     * Deals the items {@code 0..lcd-1} out to the segments: the longest first, each item to the
     * first segment that is due one (it has taken {@code c} of its {@code k} and {@code i} has
     * reached {@code c * lcd / k}), so each segment's items are spread about {@code lcd / k} apart.
     */
    private static long[][] stripe(ExecutionSegmentSequence filled, long lcd) {
        List<ExecutionSegment> segments = filled.segments();
        int n = segments.size();
        long[] share = new long[n];
        for (int i = 0; i < n; i++) {
            Fraction length = segments.get(i).length();
            share[i] = length.num() * (lcd / length.den());
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> share[i]).reversed()); // stable
        long[][] owned = new long[n][];
        int[] taken = new int[n];
        for (int i = 0; i < n; i++) {
            owned[i] = new long[Math.toIntExact(share[i])];
        }
        for (long item = 0; item < lcd; item++) {
            for (int s : order) {
                long due = taken[s] * lcd;
                long at = due / share[s];
                if (item > at || item == at && due % share[s] == 0) {
                    owned[s][taken[s]++] = item;
                    break;
                }
            }
        }
        return owned;
    }

    public ExecutionSegment segment() {
        return sequence.segments().get(index);
    }

    /** The filled sequence. */
    public ExecutionSegmentSequence sequence() {
        return sequence;
    }

    /** Whether this is the whole test (one segment, {@code 0:1}). */
    public boolean isFull() {
        return sequence.segments().size() == 1;
    }

    long lcd() {
        return lcd;
    }

    /**
     * This segment's part of {@code value} items: how many of the items {@code 0..value-1} it
     * owns. Over all the sequence's segments these add up to {@code value}; never less for a
     * larger value (k6's {@code ScaleInt64}).
     */
    public long scale(long value) {
        return scale(owned, value);
    }

    private long scale(long[] stripe, long value) {
        if (value <= 0) {
            return 0;
        }
        long count = value / lcd * stripe.length;
        long rest = value % lcd;
        for (long item : stripe) {
            if (item >= rest) {
                break;
            }
            count++;
        }
        return count;
    }

    /** {@link #scale} for ints (VU counts). */
    public int scale(int value) {
        return Math.toIntExact(scale((long) value));
    }

    /**
     * The whole test's number of this segment's {@code local}-th item, both from 0: VU
     * {@code local + 1} of this instance is VU {@code globalIndex(local) + 1} of the test.
     */
    public long globalIndex(long local) {
        return local / owned.length * lcd + owned[(int) (local % owned.length)];
    }

    /**
     * The sequence re-cut by how {@code value} items are shared out: each segment's length becomes
     * its {@link #scale share} of {@code value} over {@code value}, empty ones dropped. k6 shares out
     * a shared-iterations scenario's iterations as its VUs were, and an arrival rate's starts as its
     * {@code maxVUs} were. Null when this segment gets none of the {@code value} items.
     */
    public ExecutionTuple reSegmented(long value) {
        if (value < 1) {
            return null;
        }
        if (value % lcd == 0) {
            return this;
        }
        List<ExecutionSegment> segments = new ArrayList<>();
        int newIndex = -1;
        long before = 0;
        for (int i = 0; i < sequence.segments().size(); i++) {
            long part = scale(stripes[i], value);
            if (part == 0) {
                continue;
            }
            if (i == index) {
                newIndex = segments.size();
            }
            segments.add(new ExecutionSegment(new Fraction(before, value), new Fraction(before + part, value)));
            before += part;
        }
        return newIndex < 0 ? null : new ExecutionTuple(new ExecutionSegmentSequence(segments), newIndex);
    }

    /**
     * k6's striped offsets: the first owned item, then the gaps from each owned item to the next,
     * the last wrapping into the next run of {@code lcd}.
     */
    long[] stripedOffsets() {
        long[] offsets = new long[owned.length + 1];
        offsets[0] = owned[0];
        for (int i = 1; i < owned.length; i++) {
            offsets[i] = owned[i] - owned[i - 1];
        }
        offsets[owned.length] = owned[0] + lcd - owned[owned.length - 1];
        return offsets;
    }

    /** {@code 1/3:2/3 in 0,1/3,2/3,1}. */
    @Override
    public String toString() {
        return segment() + " in " + sequence;
    }
}
