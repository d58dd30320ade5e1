package io.jk6.engine.config;

import java.util.ArrayList;
import java.util.List;

/**
 * k6's execution segment sequence: the segments every instance of a distributed test runs, one
 * after the other without gaps ({@code 0,1/3,2/3,1} is {@code 0:1/3}, {@code 1/3:2/3},
 * {@code 2/3:1}). Every instance must be given the same one: how VUs and iterations are shared
 * out depends on all the segments ({@link ExecutionTuple}).
 *
 * @param segments consecutive; empty when no sequence was given
 */
public record ExecutionSegmentSequence(List<ExecutionSegment> segments) {

    public ExecutionSegmentSequence {
        segments = List.copyOf(segments);
        for (int i = 1; i < segments.size(); i++) {
            Fraction end = segments.get(i - 1).to();
            if (!segments.get(i).from().equals(end)) {
                throw new IllegalArgumentException("the start value " + segments.get(i).from() + " of segment #" + i
                        + " must be equal to the end value of the previous one, but it is " + end);
            }
        }
    }

    /**
     * {@code r1,r2,...,rn}: at least two points, each a fraction, decimal or percentage, each
     * above the one before. The empty string is no sequence.
     *
     * @throws IllegalArgumentException with k6's message
     */
    public static ExecutionSegmentSequence parse(String text) {
        if (text.isEmpty()) {
            return new ExecutionSegmentSequence(List.of());
        }
        String[] points = text.split(",", -1);
        if (points.length < 2) {
            throw new IllegalArgumentException("at least 2 points are needed for an execution segment sequence, "
                    + points.length + " given");
        }
        List<ExecutionSegment> segments = new ArrayList<>();
        Fraction start = Fraction.parse(points[0]);
        for (int i = 1; i < points.length; i++) {
            Fraction end = Fraction.parse(points[i]);
            segments.add(new ExecutionSegment(start, end));
            start = end;
        }
        return new ExecutionSegmentSequence(segments);
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /** Whether {@code segment} is one of the sequence's. */
    public boolean contains(ExecutionSegment segment) {
        return segments.contains(segment);
    }

    /**
     * The sequence from 0 to 1: this one with the gaps at its ends filled; with no sequence, the
     * one around {@code segment} ({@code 0,from,to,1}).
     */
    ExecutionSegmentSequence filled(ExecutionSegment segment) {
        List<ExecutionSegment> all = new ArrayList<>(segments.isEmpty() ? List.of(segment) : segments);
        if (!all.get(0).from().equals(Fraction.ZERO)) {
            all.add(0, new ExecutionSegment(Fraction.ZERO, all.get(0).from()));
        }
        if (!all.get(all.size() - 1).to().equals(Fraction.ONE)) {
            all.add(new ExecutionSegment(all.get(all.size() - 1).to(), Fraction.ONE));
        }
        return new ExecutionSegmentSequence(all);
    }

    /** The least common multiple of the segments' lengths' denominators. */
    long lcd() {
        long lcd = 1;
        for (ExecutionSegment s : segments) {
            long d = s.length().den();
            lcd = Math.multiplyExact(lcd / Fraction.gcd(lcd, d), d);
        }
        return lcd;
    }

    /** k6's form: {@code 0,1/3,2/3,1}; empty for no sequence. */
    @Override
    public String toString() {
        if (segments.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(segments.get(0).from().toString());
        for (ExecutionSegment s : segments) {
            text.append(',').append(s.to());
        }
        return text.toString();
    }
}
