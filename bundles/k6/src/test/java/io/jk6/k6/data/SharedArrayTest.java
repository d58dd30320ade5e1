package io.jk6.k6.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.FakeVU;
import io.jk6.testing.ModuleScript;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedArrayTest {

    /** The test run's shared objects: both VUs below belong to the same run. */
    private final Map<String, Object> run = new HashMap<>();
    private final ModuleScript vu1 = new ModuleScript(new FakeVU(run)).importing("data", new DataModule());
    private final ModuleScript vu2 = new ModuleScript(new FakeVU(run)).importing("data", new DataModule());

    @AfterEach
    void close() {
        vu1.close();
        vu2.close();
    }

    @Test
    void readsLengthElementsAndForOfLikeAnArray() {
        vu1.eval("var users = new SharedArray('users', () => [{name: 'ann', age: 31}, {name: 'bob', age: 42}, 7])");
        assertThat(vu1.eval("users.length").asInt()).isEqualTo(3);
        assertThat(vu1.eval("users[1].name").asString()).isEqualTo("bob");
        assertThat(vu1.eval("users[2]").asInt()).isEqualTo(7);
        assertThat(vu1.eval("users[3]").isNull()).isTrue();
        assertThat(vu1.eval("let names = []; for (const u of users) names.push(u.name ?? u); names.join()").asString())
                .isEqualTo("ann,bob,7");
        assertThat(vu1.eval("data.SharedArray === SharedArray").asBoolean()).isTrue();
    }

    @Test
    void theFunctionRunsOnceForTheWholeRunAndEveryVuReadsItsResult() {
        vu1.eval("var calls = 0; var a = new SharedArray('a', () => { calls++; return ['from vu1']; })");
        vu2.eval("var calls = 0; var a = new SharedArray('a', () => { calls++; return ['from vu2']; })");
        assertThat(vu1.eval("calls").asInt()).isEqualTo(1);
        assertThat(vu2.eval("calls").asInt()).isZero();
        assertThat(vu2.eval("a[0]").asString()).isEqualTo("from vu1");
    }

    @Test
    void arraysWithDifferentNamesAreDifferent() {
        vu1.eval("var a = new SharedArray('a', () => [1]); var b = new SharedArray('b', () => [2, 3])");
        assertThat(vu1.eval("a.length + ':' + b.length").asString()).isEqualTo("1:2");
    }

    @Test
    void eachReadIsAFrozenCopySoNoVuCanChangeWhatOthersRead() {
        vu1.eval("var a = new SharedArray('a', () => [{n: 1, inner: {m: 2}}])");
        vu2.eval("var a = new SharedArray('a', () => [])");
        assertThat(vu1.eval("Object.isFrozen(a[0]) && Object.isFrozen(a[0].inner)").asBoolean()).isTrue();
        assertThat(vu1.errorOf("(function () { 'use strict'; a[0].n = 5; })()")).isNotEqualTo("NO ERROR");
        assertThat(vu1.eval("a[0].n").asInt()).isEqualTo(1);
        assertThat(vu1.eval("a[0] === a[0]").asBoolean()).isFalse();
        assertThat(vu2.eval("a[0].n").asInt()).isEqualTo(1);
    }

    @Test
    void theArrayItselfIsReadOnly() {
        vu1.eval("var a = new SharedArray('a', () => [1, 2])");
        assertThat(vu1.errorOf("(function () { 'use strict'; a[0] = 9; })()")).isNotEqualTo("NO ERROR");
        assertThat(vu1.eval("a[0]").asInt()).isEqualTo(1);
    }

    @Test
    void refusesWhatK6Refuses() {
        assertThat(vu1.errorOf("new SharedArray('', () => [])")).isEqualTo(SharedArrayConstructor.EMPTY_NAME);
        assertThat(vu1.errorOf("new SharedArray('x', [1, 2])")).isEqualTo(SharedArrayConstructor.NOT_A_FUNCTION);
        assertThat(vu1.errorOf("new SharedArray('x', () => ({a: 1}))")).isEqualTo(SharedArrayConstructor.NOT_AN_ARRAY);
        vu1.vu().startIterations();
        assertThat(vu1.errorOf("new SharedArray('y', () => [])")).isEqualTo(SharedArrayConstructor.NOT_IN_INIT);
    }

    @Test
    void aFunctionThatThrowsKeepsNothingAndTheErrorReachesTheScript() {
        assertThat(vu1.errorOf("new SharedArray('x', () => { throw new Error('no file'); })")).isEqualTo("no file");
        vu2.eval("var x = new SharedArray('x', () => ['second try'])");
        assertThat(vu2.eval("x[0]").asString()).isEqualTo("second try");
    }
}
