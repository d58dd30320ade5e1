package io.jk6.testing;

import io.jk6.api.js.VUState;
import io.jk6.api.metrics.TagSet;
import java.time.Instant;
import java.util.Map;

/**
 * A running VU's state as an engine gives it: VU 1, the {@code default} scenario, the tags of
 * the root group. Tests set what they need (the iteration, the options, the VU id) and can
 * compare with the fixed {@link #START} and {@link #SCENARIO_ITERATION}.
 */
public final class FakeVUState implements VUState {

    /** The scenario's start time, fixed so that tests can compare {@code exec.scenario.startTime}. */
    public static final Instant START = Instant.ofEpochMilli(1_700_000_000_123L);

    /** The iteration's number in the scenario, fixed ({@code exec.scenario.iterationInTest}). */
    public static final long SCENARIO_ITERATION = 7;

    private volatile TagSet tags = TagSet.of("scenario", "default", "group", "");
    private volatile long vuId = 1;
    private volatile long iteration;
    private volatile String executor = "per-vu-iterations";
    private volatile Map<String, Object> options = Map.of();

    @Override
    public long vuId() {
        return vuId;
    }

    public FakeVUState vuId(long id) {
        this.vuId = id;
        return this;
    }

    @Override
    public long vuIdGlobal() {
        return vuId;
    }

    @Override
    public long iteration() {
        return iteration;
    }

    public FakeVUState iteration(long number) {
        this.iteration = number;
        return this;
    }

    @Override
    public String scenario() {
        return "default";
    }

    @Override
    public String executor() {
        return executor;
    }

    public FakeVUState executor(String name) {
        this.executor = name;
        return this;
    }

    @Override
    public Instant scenarioStartTime() {
        return START;
    }

    @Override
    public long scenarioIteration() {
        return SCENARIO_ITERATION;
    }

    /** The options as {@link VUState#options()} hands them: k6 JSON names, plain Java values. */
    @Override
    public Map<String, Object> options() {
        return options;
    }

    /** Sets one option, by its k6 JSON name, over those set before. */
    public FakeVUState option(String name, Object value) {
        Map<String, Object> more = new java.util.LinkedHashMap<>(options);
        more.put(name, value);
        this.options = java.util.Collections.unmodifiableMap(more);
        return this;
    }

    public FakeVUState options(Map<String, Object> consolidated) {
        this.options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(consolidated));
        return this;
    }

    @Override
    public TagSet tags() {
        return tags;
    }

    @Override
    public void setTags(TagSet tags) {
        this.tags = tags;
    }
}
