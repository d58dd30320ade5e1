package io.jk6.engine.run;

import io.jk6.api.metrics.TagSet;
import io.jk6.engine.config.ConfigException;
import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.js.JsValues;
import io.jk6.engine.js.ModuleRegistry;
import io.jk6.engine.js.ScriptFiles;
import io.jk6.engine.js.ScriptException;
import io.jk6.engine.metrics.MetricsEngine;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;

/**
 * A script's {@code export const options}, read as k6 reads it before a test: by running the
 * init context once, in a VU of its own that runs nothing else ({@code jk6 inspect}).
 */
public final class ScriptOptionsExport {

    private ScriptOptionsExport() {
    }

    /**
     * The options as the script wrote them (JS values copied to Java: maps, lists, strings,
     * numbers, booleans), in the script's order; empty when it exports none.
     *
     * @throws ScriptException the init context failed (syntax error, exception, unknown module)
     * @throws ConfigException {@code options} is not an object
     */
    public static Map<String, Object> read(Engine jsEngine, ModuleRegistry modules, Path script, Map<String, String> env,
            RunLog log) throws ScriptException, ConfigException {
        MetricsEngine metrics = new MetricsEngine();
        BuiltinMetrics.register(metrics);
        TestContext context = new TestContext(jsEngine, modules, script, ScriptFiles.onDisk(jsEngine), env, log, metrics,
                samples -> { },
                new ExecutionState(), TagSet.empty(), new SharedObjects(), Map::of, null);
        VirtualUser vu = new VirtualUser(0, context, ExecutionPlan.DEFAULT_SCENARIO);
        try {
            Value options = vu.init().getMember("options");
            if (options == null || options.isNull()) {
                return Map.of();
            }
            if (JsValues.toJava(options) instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), v));
                return Collections.unmodifiableMap(copy);
            }
            throw new ConfigException(List.of("options: must be an object"));
        } finally {
            vu.close(true);
        }
    }
}
