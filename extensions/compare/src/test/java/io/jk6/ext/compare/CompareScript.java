package io.jk6.ext.compare;

import io.jk6.api.js.JsModule;
import io.jk6.engine.js.ModuleRegistry;
import io.jk6.engine.js.SharedJsEngine;
import io.jk6.engine.js.VuRuntime;
import io.jk6.testing.FakeVU;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * Runs a script in the engine's own VuRuntime (a real GraalJS Context with the engine's JS
 * mapping) with both compare modules importable, as VU 7 in its iteration 3.
 */
final class CompareScript {

    static final long VU_ID = 7;
    static final long ITERATION = 3;

    private CompareScript() {
    }

    /** Evaluates {@code source} as the script and returns its export {@code result}. */
    static Value run(SharedJsEngine js, Path dir, String source) throws Exception {
        Path file = dir.resolve("script.js");
        Files.writeString(file, source);
        ModuleRegistry registry = new ModuleRegistry();
        registry.add(new ModuleRegistry.Registration("k6/x/compare", new Compare(), 1, "test"));
        JsModule advanced = new AdvancedCompare();
        registry.add(new ModuleRegistry.Registration("k6/x/compare/advanced", advanced, 2, "test"));
        VuRuntime vu = new VuRuntime(js.engine(), registry, runningVu(), file, Map.of(), (level, message) -> { });
        return vu.evaluate().getMember("result");
    }

    /** A VU in the middle of a run. */
    private static FakeVU runningVu() {
        FakeVU vu = new FakeVU().startIterations();
        vu.runningState().vuId(VU_ID).iteration(ITERATION).executor("constant-vus");
        return vu;
    }
}
