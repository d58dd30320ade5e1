package io.jk6.ext.compare;

import io.jk6.api.js.JS;

/** What {@code new compare.Comparator(margin)} makes: comparisons with a margin. */
public final class Comparator {

    /** How much greater a value must be: {@code comparator.margin} in JS. */
    public final double margin;

    Comparator(double margin) {
        if (margin < 0) {
            throw new IllegalArgumentException("the margin must not be negative: " + margin);
        }
        this.margin = margin;
    }

    /** True when {@code a} exceeds {@code b} by more than the margin. */
    public boolean isGreater(double a, double b) {
        return a > b + margin;
    }

    /** {@code comparator.isClose(a, b)}: within the margin of each other. */
    @JS("isClose")
    public boolean withinMargin(double a, double b) {
        return Math.abs(a - b) <= margin;
    }
}
