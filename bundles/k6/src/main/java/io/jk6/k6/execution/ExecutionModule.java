package io.jk6.k6.execution;

import io.jk6.api.js.ExecutionState;
import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import io.jk6.api.js.VUState;
import io.jk6.k6.common.JsValues;
import io.jk6.k6.common.ScriptError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.osgi.service.component.annotations.Component;

/**
 * The module {@code k6/execution}: its default export {@code exec} tells where the VU, its
 * scenario and the test are ({@code exec.vu}, {@code exec.scenario}, {@code exec.instance}) and
 * controls the test ({@code exec.test.abort()}, {@code exec.test.fail()}) and shows its
 * consolidated options ({@code exec.test.options}, see {@link TestOptionsObject}). Every value
 * is read when the script reads it; the options object is built once per VU, as k6 caches it.
 */
@Component(service = JsModule.class)
@ModuleName("k6/execution")
public class ExecutionModule implements JsModule {

    static final String VU_IN_INIT = "getting VU information in the init context is not supported";
    static final String SCENARIO_IN_INIT = "getting scenario information outside of the VU context is not supported";
    static final String INSTANCE_IN_INIT = "getting instance information in the init context is not supported";
    static final String OPTIONS_IN_INIT = "getting test options in the init context is not supported";

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        Map<String, Supplier<Object>> exec = new LinkedHashMap<>();
        exec.put("instance", () -> instance(vu));
        exec.put("scenario", () -> scenario(vu));
        // k6 builds the options object once per VU
        AtomicReference<Value> options = new AtomicReference<>();
        exec.put("test", () -> test(vu, options));
        exec.put("vu", () -> vuInfo(vu));
        // import exec from 'k6/execution', and import { scenario } from 'k6/execution' as k6's examples do:
        // named exports that read the VU's state only when a property is read
        Map<String, Object> named = new LinkedHashMap<>();
        exec.forEach((name, getter) -> named.put(name, new LazyObject(getter)));
        Exports exports = Exports.of(new ComputedObject(exec, false), named);
        return () -> exports;
    }

    private static VUState running(VU vu, String errorInInit) {
        return vu.state().orElseThrow(() -> new ScriptError(errorInInit));
    }

    private static Object vuInfo(VU vu) {
        VUState state = running(vu, VU_IN_INIT);
        Map<String, Supplier<Object>> info = new LinkedHashMap<>();
        info.put("idInInstance", state::vuId);
        info.put("idInTest", state::vuIdGlobal);
        info.put("iterationInInstance", state::iteration);
        // one scenario per test so far: the VU's iterations are all in it
        info.put("iterationInScenario", state::iteration);
        VuTagsObject tags = new VuTagsObject(state);
        ComputedObject metrics = new ComputedObject(Map.of("tags", () -> tags));
        info.put("tags", () -> tags);
        info.put("metrics", () -> metrics);
        return new ComputedObject(info);
    }

    private static Object scenario(VU vu) {
        VUState state = running(vu, SCENARIO_IN_INIT);
        Map<String, Supplier<Object>> info = new LinkedHashMap<>();
        info.put("name", state::scenario);
        info.put("executor", state::executor);
        // JS timestamps are milliseconds, as k6 gives them
        info.put("startTime", () -> state.scenarioStartTime().toEpochMilli());
        info.put("iterationInInstance", state::scenarioIteration);
        info.put("iterationInTest", state::scenarioIterationInTest);
        info.put("progress", state::scenarioProgress);
        return new ComputedObject(info);
    }

    private static Object instance(VU vu) {
        running(vu, INSTANCE_IN_INIT);
        ExecutionState execution = vu.executionState();
        Map<String, Supplier<Object>> info = new LinkedHashMap<>();
        info.put("currentTestRunDuration", () -> execution.elapsed().toNanos() / 1e6);
        info.put("iterationsCompleted", execution::completeIterations);
        info.put("iterationsInterrupted", execution::interruptedIterations);
        info.put("vusActive", execution::activeVUs);
        info.put("vusInitialized", execution::initializedVUs);
        return new ComputedObject(info);
    }

    private static Object test(VU vu, AtomicReference<Value> options) {
        ProxyExecutable abort = args -> {
            vu.abortTest(reason(args));
            return null;
        };
        ProxyExecutable fail = args -> {
            vu.failTest(reason(args));
            return null;
        };
        Supplier<Object> testOptions = () -> {
            VUState state = running(vu, OPTIONS_IN_INIT);
            return options.updateAndGet(o -> o != null ? o : TestOptionsObject.of(vu.runtime(), state));
        };
        return new ComputedObject(Map.of("abort", () -> abort, "fail", () -> fail, "options", testOptions));
    }

    /** The optional reason: none when missing or undefined, else its JS string. */
    private static String reason(Value[] args) {
        Value reason = JsValues.arg(args, 0);
        return JsValues.isNullish(reason) ? null : JsValues.string(reason);
    }
}
