package io.jk6.k6.metrics;

import io.jk6.api.js.VU;
import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.ValueType;
import io.jk6.k6.common.JsValues;
import io.jk6.k6.common.ScriptError;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyInstantiable;

/**
 * One of the constructors {@code Counter}, {@code Gauge}, {@code Rate} and {@code Trend}:
 * {@code new Trend(name[, isTime])} registers the metric with the test run and returns a
 * {@link CustomMetric} to add samples to.
 *
 * <p>Metrics are declared in the init context only, as in k6: the registry, the summary and
 * the thresholds need to know them before the first iteration. Calling the constructor
 * without {@code new} works too, as old k6 scripts do.
 */
final class MetricConstructor implements ProxyInstantiable, ProxyExecutable {

    /** k6's message for a metric created in setup(), default() or teardown(). */
    static final String NOT_IN_INIT_CONTEXT = "metrics must be declared in the init context";

    private final VU vu;
    private final MetricType type;

    MetricConstructor(VU vu, MetricType type) {
        this.vu = vu;
        this.type = type;
    }

    @Override
    public Object newInstance(Value... args) {
        // A running VU has a state; the init context has none (k6 asks for its InitEnv instead).
        if (vu.state().isPresent()) {
            throw new ScriptError(NOT_IN_INIT_CONTEXT);
        }
        Value nameArg = JsValues.arg(args, 0);
        if (JsValues.isNullish(nameArg)) {
            throw new ScriptError("a " + type.k6Name() + " metric needs a name, as in new "
                    + constructorName() + "('my_metric')");
        }
        String name = JsValues.string(nameArg);
        // k6: the second argument, when truthy, makes the values durations in milliseconds.
        ValueType valueType = JsValues.truthy(JsValues.arg(args, 1)) ? ValueType.TIME : ValueType.DEFAULT;
        Metric metric;
        try {
            metric = vu.metrics().newMetric(name, type, valueType);
        } catch (IllegalArgumentException e) {
            throw new ScriptError(describeRegistryError(name, e), e);
        }
        return new CustomMetric(vu, metric);
    }

    @Override
    public Object execute(Value... args) {
        return newInstance(args);
    }

    /** The registry's message, made to name the metric when it does not already. */
    private String describeRegistryError(String name, IllegalArgumentException e) {
        String message = e.getMessage() == null ? "invalid metric" : e.getMessage();
        return message.contains("'" + name + "'")
                ? message
                : "cannot create " + type.k6Name() + " metric '" + name + "': " + message;
    }

    private String constructorName() {
        String k6Name = type.k6Name();
        return Character.toUpperCase(k6Name.charAt(0)) + k6Name.substring(1);
    }
}
