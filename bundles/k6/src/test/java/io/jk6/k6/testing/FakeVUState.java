package io.jk6.k6.testing;

import io.jk6.api.js.VUState;
import io.jk6.api.metrics.TagSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A running VU's state with the tags an engine gives it: scenario and the root group. */
public final class FakeVUState implements VUState {

    public static final Instant START = Instant.ofEpochMilli(1_700_000_000_123L);

    private TagSet tags = TagSet.of("scenario", "default", "group", "");
    private final Map<String, Object> options = new LinkedHashMap<>();

    /** Sets what {@link #option(String)} answers for {@code name}, as the engine's consolidated options. */
    public FakeVUState option(String name, Object value) {
        options.put(name, value);
        return this;
    }

    @Override
    public Optional<Object> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    @Override
    public long vuId() {
        return 1;
    }

    @Override
    public long vuIdGlobal() {
        return 1;
    }

    @Override
    public long iteration() {
        return 0;
    }

    @Override
    public String scenario() {
        return "default";
    }

    @Override
    public String executor() {
        return "per-vu-iterations";
    }

    /** A fixed instant, so tests can compare {@code exec.scenario.startTime}. */
    @Override
    public Instant scenarioStartTime() {
        return START;
    }

    @Override
    public long scenarioIteration() {
        return 7;
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
