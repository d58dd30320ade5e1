package io.jk6.k6;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.ValueType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.osgi.service.component.annotations.Component;

/**
 * The module {@code k6}: {@code check}, {@code fail}, {@code group}, {@code randomSeed} and
 * {@code sleep}, as named exports and as members of the default export, so both
 * {@code import { check } from 'k6'} and {@code import k6 from 'k6'} work.
 *
 * <p>Built only on the public extension API, as a third-party module would be.
 */
@Component(service = JsModule.class)
@ModuleName("k6")
public class K6Module implements JsModule {

    /** The built-in metric check() feeds. */
    static final String CHECKS = "checks";

    /** The built-in metric group() feeds. */
    static final String GROUP_DURATION = "group_duration";

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        MetricsRegistry registry = vu.metrics();
        Metric checks = registry.newMetric(CHECKS, MetricType.RATE, ValueType.DEFAULT);
        Metric groupDuration = registry.newMetric(GROUP_DURATION, MetricType.TREND, ValueType.TIME);

        Map<String, Object> functions = new LinkedHashMap<>();
        functions.put("check", new CheckFunction(vu, checks));
        functions.put("fail", new FailFunction());
        functions.put("group", new GroupFunction(vu, groupDuration));
        functions.put("randomSeed", new RandomSeedFunction(vu));
        functions.put("sleep", new SleepFunction(vu));

        // The default export is a plain JS-like object over its own map, so a script that
        // decorates it (k6.foo = ...) changes only its own VU's copy.
        Exports exports = Exports.of(ProxyObject.fromMap(new LinkedHashMap<>(functions)), functions);
        return () -> exports;
    }
}
