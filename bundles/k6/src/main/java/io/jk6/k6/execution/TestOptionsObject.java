package io.jk6.k6.execution;

import io.jk6.api.js.VUState;
import io.jk6.support.GoDuration;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * {@code exec.test.options}: k6's consolidated {@code lib.Options} as a deeply frozen plain JS
 * object, with k6's JSON names and shapes. As k6 does, the execution shortcuts ({@code vus},
 * {@code duration}, {@code iterations}, {@code stages}) are left out (they are in
 * {@code scenarios}), {@code consoleOutput} and {@code localIPs} are added, and an option no
 * source set is null. The values come from {@link VUState#options()}, one per name.
 */
final class TestOptionsObject {

    /** k6's {@code lib.Options} JSON names in its field order, without the shortcuts, then the two k6 adds. */
    static final List<String> FIELDS = List.of("paused", "scenarios", "executionSegment",
            "executionSegmentSequence", "noSetup", "setupTimeout", "noTeardown", "teardownTimeout", "rps", "dns",
            "maxRedirects", "userAgent", "batch", "batchPerHost", "httpDebug", "insecureSkipTLSVerify",
            "tlsCipherSuites", "tlsVersion", "tlsAuth", "throw", "thresholds", "blacklistIPs", "blockHostnames",
            "hosts", "noConnectionReuse", "noVUConnectionReuse", "minIterationDuration", "ext", "summaryTrendStats",
            "summaryTimeUnit", "systemTags", "tags", "metricSamplesBufferSize", "noCookiesReset",
            "discardResponseBodies", "consoleOutput", "localIPs");

    // options() gives these top-level durations in milliseconds; k6's JSON has Go durations.
    private static final List<String> DURATIONS = List.of("setupTimeout", "teardownTimeout", "minIterationDuration");

    private TestOptionsObject() {
    }

    static Value of(Context context, VUState state) {
        Value js = context.getBindings("js");
        Value object = js.getMember("Object").newInstance();
        for (String field : FIELDS) {
            Object value = state.options().get(field);
            if (DURATIONS.contains(field) && value instanceof Number ms) {
                value = GoDuration.format(GoDuration.ofMillis(ms.doubleValue()));
            }
            object.putMember(field, toJs(js, value));
        }
        return deepFreeze(js, object);
    }

    private static Object toJs(Value js, Object value) {
        if (value instanceof Map<?, ?> map) {
            Value object = js.getMember("Object").newInstance();
            map.forEach((k, v) -> object.putMember(String.valueOf(k), toJs(js, v)));
            return object;
        }
        if (value instanceof List<?> list) {
            Value array = js.getMember("Array").newInstance();
            for (int i = 0; i < list.size(); i++) {
                array.setArrayElement(i, toJs(js, list.get(i)));
            }
            return array;
        }
        return value;
    }

    private static Value deepFreeze(Value js, Value value) {
        if (value.hasMembers() && !value.isHostObject()) {
            for (String key : value.getMemberKeys()) {
                deepFreeze(js, value.getMember(key));
            }
            js.getMember("Object").getMember("freeze").execute(value);
        }
        return value;
    }
}
