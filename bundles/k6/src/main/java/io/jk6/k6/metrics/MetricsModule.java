package io.jk6.k6.metrics;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import io.jk6.api.metrics.MetricType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.osgi.service.component.annotations.Component;

/**
 * The module {@code k6/metrics}: the custom metric constructors {@code Counter}, {@code Gauge},
 * {@code Rate} and {@code Trend}, as named exports and as members of the default export.
 *
 * <pre>{@code
 * import { Trend } from 'k6/metrics';
 * const waiting = new Trend('waiting_time', true);
 * export default function () { waiting.add(12.5, { page: 'home' }); }
 * }</pre>
 */
@Component(service = JsModule.class)
@ModuleName("k6/metrics")
public class MetricsModule implements JsModule {

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        Map<String, Object> constructors = new LinkedHashMap<>();
        constructors.put("Counter", new MetricConstructor(vu, MetricType.COUNTER));
        constructors.put("Gauge", new MetricConstructor(vu, MetricType.GAUGE));
        constructors.put("Rate", new MetricConstructor(vu, MetricType.RATE));
        constructors.put("Trend", new MetricConstructor(vu, MetricType.TREND));

        Exports exports = Exports.of(ProxyObject.fromMap(new LinkedHashMap<>(constructors)), constructors);
        return () -> exports;
    }
}
