package io.jk6.api.js;

import io.jk6.api.metrics.TagSet;
import java.time.Instant;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** A running VU's identity and position, as k6's {@code lib.State}. */
@ProviderType
public interface VUState {

    /** The VU's number in this jk6 instance, from 1. */
    long vuId();

    /**
     * The VU's number across the whole test (same as {@link #vuId()} on one instance; unique
     * across the instances of a test split with {@code --execution-segment}).
     */
    long vuIdGlobal();

    /** The iteration the VU is in, from 0. */
    long iteration();

    /** The scenario the VU runs. */
    String scenario();

    /** The scenario's executor, as k6 names it ({@code constant-vus}, {@code shared-iterations}...). */
    String executor();

    /** When the scenario started: after {@code setup()}, as in k6. */
    Instant scenarioStartTime();

    /**
     * The iteration's number in the whole scenario, from 0, unique across its VUs (k6's
     * {@code exec.scenario.iterationInInstance}; see {@link #scenarioIterationInTest()}).
     */
    long scenarioIteration();

    /**
     * The iteration's number in the whole scenario across every instance of a test split with
     * {@code --execution-segment} (k6's {@code exec.scenario.iterationInTest}); on one instance
     * the same as {@link #scenarioIteration()}.
     *
     * @since 1.3
     */
    default long scenarioIterationInTest() {
        return scenarioIteration();
    }

    /**
     * How far the VU's scenario is, from 0 to 1, as its executor measures it (time or
     * iterations): k6's {@code exec.scenario.progress}.
     *
     * @since 1.2
     */
    default double scenarioProgress() {
        return 0;
    }

    /** The tags every sample of this VU carries now (scenario, group, the script's tags). */
    TagSet tags();

    /** Replaces the VU's current tags, as {@code group()} does for the {@code group} tag. */
    void setTags(TagSet tags);

    /**
     * The test's options as k6's {@code lib.State.Options} holds them: by their k6 JSON names,
     * after every source was applied (the script's {@code export const options}, the config
     * file, {@code K6_*} variables, flags). Values are plain Java values: {@code Map},
     * {@code List}, {@code String}, {@code Long} or {@code Double}, {@code Boolean}, null.
     * {@code throw} and {@code noConnectionReuse} are always present (false by default);
     * durations jk6 consolidates ({@code minIterationDuration}, {@code setupTimeout}...) are
     * milliseconds as {@code Double}; options jk6 does not consolidate keep the script's value.
     * A module reads the options that concern it, as k6's modules read {@code State().Options}
     * (k6/http: {@code batch}, {@code hosts}, {@code userAgent}, {@code throw}...). Read-only;
     * empty before the script's options are known.
     *
     * @since 1.2
     */
    default Map<String, Object> options() {
        return Map.of();
    }
}
