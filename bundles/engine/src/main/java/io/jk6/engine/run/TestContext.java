package io.jk6.engine.run;

import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.engine.config.TestOptions;
import io.jk6.engine.js.ModuleRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.graalvm.polyglot.Engine;

/**
 * What every VU of one test run shares.
 *
 * @param jsEngine  the shared polyglot engine
 * @param modules   the JS module services
 * @param script    the script file
 * @param env       {@code __ENV}
 * @param log       k6-style log lines
 * @param metrics   the run's metrics registry
 * @param sink      where VUs hand their samples
 * @param execution the run's counters and stop flag
 * @param baseTags  tags on every sample (the script's {@code options.tags})
 * @param options   the options VUs and modules read while running ({@code minIterationDuration},
 *                  {@code throw}, {@code noConnectionReuse}...)
 */
public record TestContext(Engine jsEngine, ModuleRegistry modules, Path script, Map<String, String> env,
        RunLog log, MetricsRegistry metrics, Consumer<List<Sample>> sink, ExecutionState execution,
        TagSet baseTags, TestOptions options) {

    public TestContext {
        options = options == null ? TestOptions.EMPTY : options;
    }

    /** A context with no {@link TestOptions} set (k6's defaults). */
    public TestContext(Engine jsEngine, ModuleRegistry modules, Path script, Map<String, String> env,
            RunLog log, MetricsRegistry metrics, Consumer<List<Sample>> sink, ExecutionState execution,
            TagSet baseTags) {
        this(jsEngine, modules, script, env, log, metrics, sink, execution, baseTags, TestOptions.EMPTY);
    }
}
