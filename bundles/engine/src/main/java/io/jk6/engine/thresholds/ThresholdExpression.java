package io.jk6.engine.thresholds;

import java.util.Objects;

/**
 * A parsed threshold condition such as {@code p(95) < 500}: {@code aggregation operator value}.
 * Trend values are milliseconds for time trends; rate values are 0..1.
 *
 * @param source      the expression as written
 * @param aggregation the statistic compared
 * @param operator    the comparison
 * @param value       the limit
 */
public record ThresholdExpression(String source, Aggregation aggregation, ThresholdOperator operator, double value) {

    private static final String OPERATOR_CHARS = "<>=!";

    public ThresholdExpression {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(operator, "operator");
    }

    /** Whether the observed statistic satisfies the threshold. */
    public boolean test(double observed) {
        return operator.test(observed, value);
    }

    /**
     * Parses {@code agg op value}; whitespace anywhere between the parts is fine.
     *
     * @throws IllegalArgumentException whose message says why, without repeating the source
     */
    public static ThresholdExpression parse(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("the expression is empty");
        }
        int at = -1;
        for (int i = 0; i < source.length(); i++) {
            if (OPERATOR_CHARS.indexOf(source.charAt(i)) >= 0) {
                at = i;
                break;
            }
        }
        ThresholdOperator op = at < 0 ? null : ThresholdOperator.at(source, at);
        if (op == null) {
            throw new IllegalArgumentException("no comparison operator; expected one of < <= > >= == === !=");
        }
        String lhs = source.substring(0, at).strip();
        String rhs = source.substring(at + op.token().length()).strip();
        Aggregation aggregation = Aggregation.parse(lhs);
        if (rhs.isEmpty()) {
            throw new IllegalArgumentException("no value after the operator " + op.token());
        }
        double value;
        try {
            if (!rhs.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
                throw new NumberFormatException();
            }
            value = Double.parseDouble(rhs);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the value \"" + rhs + "\" after " + op.token() + " is not a number");
        }
        return new ThresholdExpression(source, aggregation, op, value);
    }
}
