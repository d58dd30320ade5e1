package io.jk6.engine.thresholds;

/**
 * The outcome of one threshold.
 *
 * @param source      the expression as written
 * @param aggregation the statistic judged, as written ({@code p(95)}, {@code rate}...)
 * @param passed      whether it held; a threshold that was not evaluated counts as passed, as
 *                    in k6
 * @param observed    the statistic's value (ms for time trends, 0..1 for rates); NaN when
 *                    not evaluated
 * @param evaluated   false when the metric received no samples
 * @param abortOnFail whether a failure should abort the test (see {@link ThresholdDefinition})
 */
public record ThresholdResult(String source, String aggregation, boolean passed, double observed, boolean evaluated,
        boolean abortOnFail) {
}
