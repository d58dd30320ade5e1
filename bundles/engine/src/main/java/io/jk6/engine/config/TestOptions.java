package io.jk6.engine.config;

import io.jk6.engine.thresholds.ThresholdDefinition;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The k6 options beyond the execution shortcuts: thresholds in their long form, the summary's
 * time unit, the life-cycle switches and timeouts, and the HTTP behaviour options. Null means
 * "not set by this layer", as in {@link OptionLayer}.
 *
 * @param thresholds           thresholds with {@code abortOnFail}/{@code delayAbortEval}; set
 *                             together with {@link OptionLayer#thresholds()}
 * @param summaryTimeUnit      {@code s}, {@code ms} or {@code us}
 * @param setupTimeout         how long {@code setup()} may run (k6: 60s)
 * @param teardownTimeout      how long {@code teardown()} may run (k6: 60s)
 * @param minIterationDuration an iteration shorter than this sleeps for the rest
 * @param noConnectionReuse    k6/http closes every connection after its request
 * @param throwErrors          k6's {@code throw}: k6/http throws on request errors
 * @param noSetup              {@code setup()} is not called
 * @param noTeardown           {@code teardown()} is not called
 * @param executionSegment     k6's {@code executionSegment}: the part of the test this instance runs
 * @param executionSegmentSequence k6's {@code executionSegmentSequence}: all the instances' segments
 * @param modules              the options modules read and the engine does not ({@code userAgent}...)
 */
public record TestOptions(Map<String, List<ThresholdDefinition>> thresholds, String summaryTimeUnit,
        Duration setupTimeout, Duration teardownTimeout, Duration minIterationDuration, Boolean noConnectionReuse,
        Boolean throwErrors, Boolean noSetup, Boolean noTeardown, ExecutionSegment executionSegment,
        ExecutionSegmentSequence executionSegmentSequence, ModuleOptions modules) {

    public TestOptions {
        modules = modules == null ? ModuleOptions.EMPTY : modules;
    }

    /** k6's default for {@code setupTimeout} and {@code teardownTimeout}. */
    public static final Duration DEFAULT_LIFECYCLE_TIMEOUT = Duration.ofSeconds(60);

    public static final TestOptions EMPTY = new TestOptions(null, null, null, null, null, null, null, null, null);

    /** Options without execution segments. */
    public TestOptions(Map<String, List<ThresholdDefinition>> thresholds, String summaryTimeUnit,
            Duration setupTimeout, Duration teardownTimeout, Duration minIterationDuration, Boolean noConnectionReuse,
            Boolean throwErrors, Boolean noSetup, Boolean noTeardown) {
        this(thresholds, summaryTimeUnit, setupTimeout, teardownTimeout, minIterationDuration, noConnectionReuse,
                throwErrors, noSetup, noTeardown, null, null, ModuleOptions.EMPTY);
    }

    /** Copies with these execution segment options (null: not set). */
    public TestOptions withSegments(ExecutionSegment segment, ExecutionSegmentSequence sequence) {
        return new TestOptions(thresholds, summaryTimeUnit, setupTimeout, teardownTimeout, minIterationDuration,
                noConnectionReuse, throwErrors, noSetup, noTeardown, segment, sequence, modules);
    }

    /** Copies with these module options. */
    public TestOptions withModules(ModuleOptions options) {
        return new TestOptions(thresholds, summaryTimeUnit, setupTimeout, teardownTimeout, minIterationDuration,
                noConnectionReuse, throwErrors, noSetup, noTeardown, executionSegment, executionSegmentSequence,
                options);
    }

    /**
     * This instance's part of the test ({@link ExecutionTuple#FULL} without segments).
     *
     * @throws ConfigException with k6's message when a sequence is given that lacks the segment
     */
    public ExecutionTuple executionTuple() throws ConfigException {
        if (executionSegmentSequence != null && !executionSegmentSequence.isEmpty()) {
            ExecutionSegment segment = executionSegment == null ? ExecutionSegment.FULL : executionSegment;
            if (!executionSegmentSequence.contains(segment)) {
                throw new ConfigException(List.of("provided segment " + segment + " can't be found in sequence "
                        + executionSegmentSequence));
            }
        }
        return ExecutionTuple.of(executionSegment, executionSegmentSequence);
    }

    /** The higher layer's values over this one's, value by value. */
    public TestOptions apply(TestOptions higher) {
        if (higher == null) {
            return this;
        }
        return new TestOptions(
                higher.thresholds != null ? higher.thresholds : thresholds,
                higher.summaryTimeUnit != null ? higher.summaryTimeUnit : summaryTimeUnit,
                higher.setupTimeout != null ? higher.setupTimeout : setupTimeout,
                higher.teardownTimeout != null ? higher.teardownTimeout : teardownTimeout,
                higher.minIterationDuration != null ? higher.minIterationDuration : minIterationDuration,
                higher.noConnectionReuse != null ? higher.noConnectionReuse : noConnectionReuse,
                higher.throwErrors != null ? higher.throwErrors : throwErrors,
                higher.noSetup != null ? higher.noSetup : noSetup,
                higher.noTeardown != null ? higher.noTeardown : noTeardown,
                higher.executionSegment != null ? higher.executionSegment : executionSegment,
                higher.executionSegmentSequence != null ? higher.executionSegmentSequence : executionSegmentSequence,
                modules.apply(higher.modules));
    }

    public Duration setupTimeoutOrDefault() {
        return setupTimeout != null ? setupTimeout : DEFAULT_LIFECYCLE_TIMEOUT;
    }

    public Duration teardownTimeoutOrDefault() {
        return teardownTimeout != null ? teardownTimeout : DEFAULT_LIFECYCLE_TIMEOUT;
    }

    public boolean skipSetup() {
        return Boolean.TRUE.equals(noSetup);
    }

    public boolean skipTeardown() {
        return Boolean.TRUE.equals(noTeardown);
    }

    /**
     * The options modules read through {@code VUState.options()} over the script's, by k6's JSON names, with
     * k6's defaults: {@code throw}, {@code noConnectionReuse}, {@code minIterationDuration} (ms), and the
     * {@link ModuleOptions} of every layer.
     */
    public Map<String, Object> forModules() {
        Map<String, Object> options = new LinkedHashMap<>(modules.values());
        options.put("throw", Boolean.TRUE.equals(throwErrors));
        options.put("noConnectionReuse", Boolean.TRUE.equals(noConnectionReuse));
        if (minIterationDuration != null) {
            options.put("minIterationDuration", minIterationDuration.toNanos() / 1e6);
        }
        options.put("setupTimeout", setupTimeoutOrDefault().toNanos() / 1e6);
        options.put("teardownTimeout", teardownTimeoutOrDefault().toNanos() / 1e6);
        if (summaryTimeUnit != null) {
            options.put("summaryTimeUnit", summaryTimeUnit);
        }
        return options;
    }
}
