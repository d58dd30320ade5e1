package io.jk6.engine.run;

import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.engine.config.TestOptions;
import io.jk6.engine.js.ModuleRegistry;
import io.jk6.engine.js.ScriptFiles;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.graalvm.polyglot.Engine;

/**
 * What every VU of one test run shares.
 *
 * @param jsEngine  the shared polyglot engine
 * @param modules   the JS module services
 * @param script    the script file
 * @param files     where the script's files are read (the disk or an archive)
 * @param env       {@code __ENV}
 * @param log       k6-style log lines
 * @param metrics   the run's metrics registry
 * @param sink      where VUs hand their samples
 * @param execution the run's counters and stop flag
 * @param baseTags  tags on every sample (the script's {@code options.tags})
 * @param shared    what modules build once per run for all VUs (k6/data's SharedArray)
 * @param options   the script's exported options, once read (empty before; {@code VUState.options()})
 * @param testOptions the options VUs and modules read while running ({@code minIterationDuration},
 *                  {@code throw}, {@code noConnectionReuse}...), every source applied
 * @param moduleOptions what {@code VUState.options()} lays over the script's options: k6's consolidated options by
 *                  JSON name (see ConsolidatedOptions); those of {@code testOptions} when null
 * @param secrets   the run's {@code --secret-source}s, which k6/secrets reads; none when null
 */
public record TestContext(Engine jsEngine, ModuleRegistry modules, Path script, ScriptFiles files, Map<String, String> env,
        RunLog log, MetricsRegistry metrics, Consumer<List<Sample>> sink, ExecutionState execution,
        TagSet baseTags, SharedObjects shared, Supplier<Map<String, Object>> options, TestOptions testOptions,
        Map<String, Object> moduleOptions, io.jk6.engine.secrets.SecretSources secrets) {

    public TestContext {
        secrets = secrets == null ? io.jk6.engine.secrets.SecretSources.NONE : secrets;
        // a private copy no one changes: VUs' __ENV text is written once per map (EnvJson)
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
        testOptions = testOptions == null ? TestOptions.EMPTY : testOptions;
        moduleOptions = Collections.unmodifiableMap(new LinkedHashMap<>(
                moduleOptions == null ? testOptions.forModules() : moduleOptions));
    }

    /** A context whose modules see only the options of {@code testOptions}. */
    public TestContext(Engine jsEngine, ModuleRegistry modules, Path script, ScriptFiles files, Map<String, String> env,
            RunLog log, MetricsRegistry metrics, Consumer<List<Sample>> sink, ExecutionState execution,
            TagSet baseTags, SharedObjects shared, Supplier<Map<String, Object>> options, TestOptions testOptions) {
        this(jsEngine, modules, script, files, env, log, metrics, sink, execution, baseTags, shared, options,
                testOptions, null, null);
    }
}
