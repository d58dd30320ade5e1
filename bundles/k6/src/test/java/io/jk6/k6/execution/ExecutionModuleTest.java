package io.jk6.k6.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.api.metrics.TagSet;
import io.jk6.testing.FakeVUState;
import io.jk6.testing.ModuleScript;
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
}
