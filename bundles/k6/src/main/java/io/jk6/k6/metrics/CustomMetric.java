package io.jk6.k6.metrics;

import io.jk6.api.js.VU;
import io.jk6.api.js.VUState;
import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.k6.common.JsValues;
import io.jk6.k6.common.ScriptError;
import io.jk6.k6.common.UserTags;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * What {@code new Trend(...)} and its siblings return: an object with a read-only {@code name}
 * and {@code add(value[, tags])}, as k6's custom metric objects.
 *
 * <p>{@code add} follows k6's rules: numbers are taken as they are, {@code true} counts as 1
 * and {@code false} as 0, numeric strings convert; a missing value, {@code null} or anything
 * that is not a number (NaN) is not recorded: k6 (without {@code --throw}) logs a warning and
 * returns false. Adding in the init context throws.
 */
final class CustomMetric implements ProxyObject {

    /** k6's {@code ErrMetricsAddInInitContext}. */
    static final String ADD_IN_INIT_CONTEXT = "Adding to metrics in the init context is not supported";

    private final VU vu;
    private final Metric metric;
    private final ProxyExecutable add = this::add;

    CustomMetric(VU vu, Metric metric) {
        this.vu = vu;
        this.metric = metric;
    }

    /** {@code add(value[, tags])}: pushes one sample, returns whether it was recorded. */
    private boolean add(Value... args) {
        VUState state = vu.state().orElseThrow(() -> new ScriptError(ADD_IN_INIT_CONTEXT));
        if (args.length == 0) {
            return warn("no value was provided for metric '" + metric.name()
                    + "', a number or a boolean value is expected");
        }
        Value value = args[0];
        double number = toSampleValue(value);
        if (Double.isNaN(number)) {
            return warn("'" + limit(JsValues.string(value)) + "' is an invalid value for metric '"
                    + metric.name() + "', a number or a boolean value is expected");
        }
        TagSet tags;
        try {
            tags = UserTags.apply(state.tags(), JsValues.arg(args, 1));
        } catch (ScriptError e) {
            throw new ScriptError("cannot add tags for the '" + metric.name() + "' custom metric: "
                    + e.getMessage());
        }
        vu.push(Sample.of(metric, tags, number));
        return true;
    }

    /** k6's conversion: ToNumber, but a truthy value that converts to 0 counts as 1; null is invalid. */
    private static double toSampleValue(Value value) {
        if (value.isNull() && "null".equals(value.toString())) {
            return Double.NaN;
        }
        double number = JsValues.number(value);
        if (number == 0 && JsValues.truthy(value)) {
            return 1;
        }
        return number;
    }

    private boolean warn(String message) {
        vu.log().warn(message, Map.of());
        return false;
    }

    /** k6 shortens long values in the warning to their first and last 50 characters. */
    private static String limit(String text) {
        int max = 100;
        int length = text.codePointCount(0, text.length());
        if (length < max) {
            return text;
        }
        int headEnd = text.offsetByCodePoints(0, max / 2);
        int tailStart = text.offsetByCodePoints(0, length - max / 2);
        return text.substring(0, headEnd) + "... omitting " + (length - max) + " characters ..."
                + text.substring(tailStart);
    }

    @Override
    public Object getMember(String key) {
        return switch (key) {
            case "name" -> metric.name();
            case "add" -> add;
            default -> null;
        };
    }

    @Override
    public Object getMemberKeys() {
        return ProxyArray.fromArray("name", "add");
    }

    @Override
    public boolean hasMember(String key) {
        return "name".equals(key) || "add".equals(key);
    }

    @Override
    public void putMember(String key, Value value) {
        // k6 defines name as non-writable; a plain assignment is ignored rather than thrown.
    }

    @Override
    public String toString() {
        return "[" + metric.type().k6Name() + " " + metric.name() + "]";
    }
}
