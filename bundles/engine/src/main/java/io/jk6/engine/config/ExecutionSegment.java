package io.jk6.engine.config;

/**
 * k6's execution segment: the part {@code (from, to]} of a test's work one instance runs,
 * {@code 0 <= from < to <= 1}, in exact fractions. {@code --execution-segment 1/3:2/3} gives an
 * instance the middle third; a lone value {@code x} means {@code 0:x}; the empty string, the
 * whole test. Which VUs and iterations of that share are the instance's is decided by the
 * {@link ExecutionTuple}, from the whole {@link ExecutionSegmentSequence}.
 */
public record ExecutionSegment(Fraction from, Fraction to) {

    /** The whole test: what no segment means. */
    public static final ExecutionSegment FULL = new ExecutionSegment(Fraction.ZERO, Fraction.ONE);

    /** @throws IllegalArgumentException with k6's message when not {@code 0 <= from < to <= 1} */
    public ExecutionSegment {
        if (from.compareTo(Fraction.ZERO) < 0) {
            throw new IllegalArgumentException("segment start value must be at least 0 but was " + from.twoDecimals());
        }
        if (from.compareTo(to) >= 0) {
            throw new IllegalArgumentException("segment start(" + from.twoDecimals() + ") must be less than its end("
                    + to.twoDecimals() + ")");
        }
        if (to.compareTo(Fraction.ONE) > 0) {
            throw new IllegalArgumentException("segment end value can't be more than 1 but was " + to.twoDecimals());
        }
    }

    /**
     * {@code 1/2:3/4}, {@code 0.5:0.75}, {@code 50%:75%}, {@code 2/4:75%}; {@code 75%} alone is
     * {@code 0:3/4}, the empty string {@code 0:1}.
     *
     * @throws IllegalArgumentException with k6's message
     */
    public static ExecutionSegment parse(String text) {
        String to = text.isEmpty() ? "1" : text;
        Fraction from = Fraction.ZERO;
        int colon = to.indexOf(':');
        if (colon >= 0) {
            from = Fraction.parse(to.substring(0, colon));
            to = to.substring(colon + 1);
        }
        return new ExecutionSegment(from, Fraction.parse(to));
    }

    /** {@code to - from}. */
    Fraction length() {
        return to.minus(from);
    }

    public boolean isFull() {
        return equals(FULL);
    }

    /** The share of the test, as a number ({@code 0.333...}). */
    public double share() {
        return length().toDouble();
    }

    /** k6's form: {@code 1/3:2/3}, fractions in lowest terms. */
    @Override
    public String toString() {
        return from + ":" + to;
    }
}
