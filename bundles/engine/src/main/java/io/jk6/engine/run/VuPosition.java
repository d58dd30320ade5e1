package io.jk6.engine.run;

import io.jk6.api.js.VUState;
import io.jk6.api.metrics.TagSet;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where one VU is in the test, k6's {@code lib.State} as modules read it ({@link VUState}): which
 * VU (its numbers in this instance and in the whole test), which scenario and executor, which
 * iteration (of the VU, of the scenario, of the scenario in the whole test), the tags its samples
 * carry and the options it sees. Apart from {@link VirtualUser}, which runs the iterations, so
 * that what k6 lets a script and its modules know of a VU changes here.
 */
final class VuPosition implements VUState {

    private final long id;
    /** The VU's number in the whole test: {@link #id} unless the test is segmented. */
    private final long idInTest;
    private final TestContext test;
    private TagSet tags;
    private long iteration = -1;
    private long scenarioIteration = -1;
    private long scenarioIterationInTest = -1;
    private String executor = "";
    private ScenarioState scenario;
    // Replaced once the options are consolidated: the init VU also runs setup() and teardown().
    private volatile Map<String, Object> moduleOptions;
    // options(): the script's options with moduleOptions over them, merged again when either changes
    private Map<String, Object> consolidatedFromScript;
    private Map<String, Object> consolidatedFromModules;
    private Map<String, Object> consolidated = Map.of();

    VuPosition(long id, long idInTest, TestContext test, String scenario) {
        this.id = id;
        this.idInTest = idInTest;
        this.test = test;
        this.tags = test.baseTags().with("scenario", scenario).with("group", "");
        this.moduleOptions = test.moduleOptions();
    }

    /** The VU runs {@code state}'s scenario from now on: its executor, and its tags on every sample. */
    void enter(ScenarioState state) {
        var s = state.scenario();
        this.scenario = state;
        this.executor = s.executor().type();
        this.tags = test.baseTags().withAll(s.tags()).with("scenario", s.name()).with("group", "");
    }

    /** Counts the iteration that begins: the VU's, its scenario's, and the scenario's in the whole test. */
    long nextIteration() {
        iteration++;
        scenarioIteration = scenario != null ? scenario.nextIteration() : test.execution().nextScenarioIteration();
        scenarioIterationInTest = scenario != null ? scenario.iterationInTest(scenarioIteration) : scenarioIteration;
        return iteration;
    }

    /** Whether the VU's scenario (not the whole test) is stopping. */
    boolean scenarioStopping() {
        return scenario != null && scenario.isStopping();
    }

    /** Hands modules these options from now on (the init VU learns them after the init context). */
    void useModuleOptions(Map<String, Object> options) {
        this.moduleOptions = options;
    }

    @Override
    public long vuId() {
        return id;
    }

    @Override
    public long vuIdGlobal() {
        return idInTest;
    }

    @Override
    public long iteration() {
        return Math.max(iteration, 0);
    }

    @Override
    public String scenario() {
        return tags.get("scenario");
    }

    @Override
    public String executor() {
        return executor;
    }

    @Override
    public Instant scenarioStartTime() {
        return scenario != null ? scenario.startTime() : test.execution().scenarioStart();
    }

    @Override
    public double scenarioProgress() {
        return scenario == null ? 0 : scenario.progress().fraction();
    }

    @Override
    public long scenarioIteration() {
        return Math.max(scenarioIteration, 0);
    }

    @Override
    public long scenarioIterationInTest() {
        return Math.max(scenarioIterationInTest, 0);
    }

    @Override
    public Map<String, Object> options() {
        Map<String, Object> script = test.options().get();
        Map<String, Object> modules = moduleOptions;
        if (script != consolidatedFromScript || modules != consolidatedFromModules) {
            // both change at most once or twice per VU (options read, then consolidated)
            Map<String, Object> merged = new LinkedHashMap<>(script);
            merged.putAll(modules);
            consolidated = Collections.unmodifiableMap(merged);
            consolidatedFromScript = script;
            consolidatedFromModules = modules;
        }
        return consolidated;
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
