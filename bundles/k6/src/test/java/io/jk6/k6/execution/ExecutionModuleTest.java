package io.jk6.k6.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.api.metrics.TagSet;
import io.jk6.testing.FakeVUState;
import io.jk6.testing.ModuleScript;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExecutionModuleTest {

    private ModuleScript script;

    @BeforeEach
    void openScript() {
        script = new ModuleScript().importing("exec", new ExecutionModule());
    }

    @AfterEach
    void closeScript() {
        script.close();
    }

    @Test
    void vuScenarioAndInstanceThrowK6sErrorInTheInitContext() {
        assertThat(script.errorOf("exec.vu")).isEqualTo(ExecutionModule.VU_IN_INIT);
        assertThat(script.errorOf("exec.scenario")).isEqualTo(ExecutionModule.SCENARIO_IN_INIT);
        assertThat(script.errorOf("exec.instance")).isEqualTo(ExecutionModule.INSTANCE_IN_INIT);
    }

    @Test
    void importingReadsNoMemberSoTheInitContextMayImport() {
        assertThat(script.eval("Object.keys(exec).length").asInt()).isZero();
        assertThat(script.eval("'vu' in exec && 'test' in exec").asBoolean()).isTrue();
    }

    @Test
    void namedImportsMayBeImportedInTheInitContextAndReadLater() throws InterruptedException {
        try (ModuleScript named = new ModuleScript().module("k6/execution", new ExecutionModule())) {
            named.evaluate("""
                    import { scenario, vu } from 'k6/execution';
                    globalThis.read = () => scenario.name + ':' + vu.idInInstance + ':' + scenario.iterationInTest;
                    """);
            assertThat(named.errorOf("read()")).isEqualTo(ExecutionModule.SCENARIO_IN_INIT);
            named.vu().startIterations();
            assertThat(named.eval("read()").asString()).isEqualTo("default:1:7"); // FakeVUState's scenario iteration
        }
    }

    @Test
    void vuTellsTheVusIdsAndIteration() {
        script.vu().startIterations();

        assertThat(script.eval("exec.vu.idInInstance").asLong()).isEqualTo(1);
        assertThat(script.eval("exec.vu.idInTest").asLong()).isEqualTo(1);
        assertThat(script.eval("exec.vu.iterationInInstance").asLong()).isZero();
        assertThat(script.eval("exec.vu.iterationInScenario").asLong()).isZero();
        assertThat(script.eval("typeof exec.vu.idInTest").asString()).isEqualTo("number");
    }

    @Test
    void scenarioTellsNameExecutorStartAndIterations() {
        script.vu().startIterations();

        assertThat(script.eval("exec.scenario.name").asString()).isEqualTo("default");
        assertThat(script.eval("exec.scenario.executor").asString()).isEqualTo("per-vu-iterations");
        assertThat(script.eval("exec.scenario.startTime").asLong()).isEqualTo(FakeVUState.START.toEpochMilli());
        assertThat(script.eval("exec.scenario.iterationInInstance").asLong()).isEqualTo(7);
        assertThat(script.eval("exec.scenario.iterationInTest").asLong()).isEqualTo(7);
    }

    @Test
    void instanceTellsTheRunsCounters() {
        script.vu().startIterations();

        assertThat(script.eval("exec.instance.vusActive").asInt()).isEqualTo(1);
        assertThat(script.eval("exec.instance.vusInitialized").asInt()).isEqualTo(1);
        assertThat(script.eval("exec.instance.iterationsCompleted").asLong()).isZero();
        assertThat(script.eval("exec.instance.iterationsInterrupted").asLong()).isZero();
        assertThat(script.eval("exec.instance.currentTestRunDuration").asDouble()).isZero();
    }

    @Test
    void valuesAreReadLiveOnEveryAccess() {
        script.vu().startIterations();
        script.eval("globalThis.vu = exec.vu");
        script.vu().runningState().setTags(TagSet.of("scenario", "default", "group", "::g"));

        assertThat(script.eval("vu.metrics.tags.group").asString()).isEqualTo("::g");
    }

    @Test
    void tagsAreReadWrittenAndDeletedOnTheVu() {
        script.vu().startIterations();

        script.eval("exec.vu.metrics.tags.mytag = 'v1'; exec.vu.metrics.tags.n = 3;");
        assertThat(script.vu().runningState().tags().get("mytag")).isEqualTo("v1");
        assertThat(script.vu().runningState().tags().get("n")).isEqualTo("3");
        assertThat(script.eval("exec.vu.tags.scenario").asString()).isEqualTo("default");
        assertThat(script.eval("'mytag' in exec.vu.metrics.tags").asBoolean()).isTrue();

        script.eval("delete exec.vu.metrics.tags.mytag");
        assertThat(script.vu().runningState().tags().get("mytag")).isNull();
    }

    @Test
    void aTagValueThatIsAnObjectIsRejectedWithK6sMessage() {
        script.vu().startIterations();

        assertThat(script.errorOf("exec.vu.metrics.tags.bad = {}"))
                .isEqualTo("invalid value for metric tag 'bad': only String, Boolean and Number types are accepted"
                        + " as a metric tag values");
    }

    @Test
    void abortEndsTheCallingCodeAtOnceWithTheReason() {
        script.vu().startIterations();

        assertThatThrownBy(() -> script.eval("exec.test.abort('enough'); globalThis.after = true;"))
                .isInstanceOf(PolyglotException.class);
        assertThat(script.vu().abortReason()).isEqualTo("test aborted: enough");
        assertThat(script.eval("typeof globalThis.after").asString()).isEqualTo("undefined");
    }

    @Test
    void abortWithoutReasonAndInTheInitContext() {
        assertThatThrownBy(() -> script.eval("exec.test.abort()")).isInstanceOf(PolyglotException.class);

        assertThat(script.vu().abortReason()).isEqualTo("test aborted");
    }

    @Test
    void failMarksTheTestAndTheIterationGoesOn() {
        script.vu().startIterations();

        assertThat(script.eval("exec.test.fail('bad data'); 'went on'").asString()).isEqualTo("went on");
        assertThat(script.vu().failReason()).isEqualTo("test marked as failed: bad data");
    }

    @Test
    void testOptionsThrowK6sErrorInTheInitContext() {
        assertThat(script.errorOf("exec.test.options")).isEqualTo(ExecutionModule.OPTIONS_IN_INIT);
    }

    @Test
    void testOptionsAreTheConsolidatedOptionsInK6sJsonForm() {
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("executor", "constant-vus");
        scenario.put("exec", null);
        scenario.put("vus", 3);
        scenario.put("duration", "2s");
        script.vu().runningState()
                .option("scenarios", Map.of("default", scenario))
                .option("tags", Map.of("team", "qa"))
                .option("thresholds", Map.of("http_req_duration", List.of("p(95)<500")))
                .option("summaryTrendStats", List.of("avg", "p(99)"))
                .option("setupTimeout", 60_000.0)
                .option("minIterationDuration", 1500.0)
                .option("throw", true)
                .option("vus", 3);
        script.vu().startIterations();

        assertThat(script.eval("exec.test.options.scenarios.default.executor").asString()).isEqualTo("constant-vus");
        assertThat(script.eval("exec.test.options.scenarios.default.vus").asInt()).isEqualTo(3);
        assertThat(script.eval("exec.test.options.scenarios.default.exec === null").asBoolean()).isTrue();
        assertThat(script.eval("exec.test.options.tags.team").asString()).isEqualTo("qa");
        assertThat(script.eval("exec.test.options.thresholds.http_req_duration[0]").asString()).isEqualTo("p(95)<500");
        assertThat(script.eval("Array.isArray(exec.test.options.summaryTrendStats)").asBoolean()).isTrue();
        assertThat(script.eval("exec.test.options.summaryTrendStats.join()").asString()).isEqualTo("avg,p(99)");
        // k6 writes durations as Go does
        assertThat(script.eval("exec.test.options.setupTimeout").asString()).isEqualTo("1m0s");
        assertThat(script.eval("exec.test.options.minIterationDuration").asString()).isEqualTo("1.5s");
        assertThat(script.eval("exec.test.options.throw").asBoolean()).isTrue();
        // unset options are null; the shortcuts are folded into scenarios, so absent
        assertThat(script.eval("exec.test.options.userAgent === null").asBoolean()).isTrue();
        assertThat(script.eval("'vus' in exec.test.options || 'duration' in exec.test.options").asBoolean()).isFalse();
        assertThat(script.eval("Object.keys(exec.test.options)").getArraySize())
                .isEqualTo(TestOptionsObject.FIELDS.size());
    }

    @Test
    void testOptionsAreDeeplyFrozenAndReadOnce() {
        script.vu().runningState().option("scenarios", Map.of("default", Map.of("executor", "shared-iterations")))
                .option("tags", Map.of("team", "qa"));
        script.vu().startIterations();

        assertThat(script.eval("Object.isFrozen(exec.test.options) && Object.isFrozen(exec.test.options.scenarios)"
                + " && Object.isFrozen(exec.test.options.scenarios.default)").asBoolean()).isTrue();
        assertThat(script.eval("exec.test.options.tags.team = 'dev'; exec.test.options.tags.team").asString())
                .isEqualTo("qa");
        assertThat(script.eval("exec.test.options === exec.test.options").asBoolean()).isTrue();
    }
}
