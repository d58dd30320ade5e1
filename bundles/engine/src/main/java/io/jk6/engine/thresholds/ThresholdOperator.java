package io.jk6.engine.thresholds;

/** The comparison of a threshold expression. {@code ==} and {@code ===} mean the same on numbers. */
public enum ThresholdOperator {
    LESS_OR_EQUAL("<="),
    LESS("<"),
    GREATER_OR_EQUAL(">="),
    GREATER(">"),
    STRICTLY_EQUAL("==="),
    EQUAL("=="),
    NOT_EQUAL("!=");

    private final String token;

    ThresholdOperator(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    /** Whether {@code observed op limit} holds. NaN never satisfies anything but {@code !=}. */
    public boolean test(double observed, double limit) {
        return switch (this) {
            case LESS_OR_EQUAL -> observed <= limit;
            case LESS -> observed < limit;
            case GREATER_OR_EQUAL -> observed >= limit;
            case GREATER -> observed > limit;
            case STRICTLY_EQUAL, EQUAL -> observed == limit;
            case NOT_EQUAL -> observed != limit;
        };
    }

    /** The longest operator starting at {@code at}, or null. */
    static ThresholdOperator at(String text, int at) {
        ThresholdOperator best = null;
        for (ThresholdOperator op : values()) {
            if (text.startsWith(op.token, at) && (best == null || op.token.length() > best.token.length())) {
                best = op;
            }
        }
        return best;
    }
}
