package io.jk6.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * The k6 request params a script may pass: {@code headers}, {@code tags}, {@code timeout},
 * {@code redirects} and {@code responseType}. Unknown keys are ignored, as k6 does.
 *
 * @param headers       header values by name, as given
 * @param tags          extra metric tags; {@code name} groups URLs
 * @param timeoutMillis the whole request's time limit, redirects included
 * @param redirects     how many redirects to follow
 * @param discardBody   {@code responseType: 'none'}: read the body, keep none of it
 */
record RequestParams(
        Map<String, List<String>> headers,
        Map<String, String> tags,
        long timeoutMillis,
        int redirects,
        boolean discardBody) {

    static final long DEFAULT_TIMEOUT_MILLIS = 60_000;
    static final int DEFAULT_REDIRECTS = 10;

    static RequestParams defaults() {
        return new RequestParams(new LinkedHashMap<>(), Map.of(), DEFAULT_TIMEOUT_MILLIS, DEFAULT_REDIRECTS, false);
    }

    /** The params in {@code params}; null, undefined and non-objects mean the defaults. */
    static RequestParams from(Value params, ScriptSupport script) {
        if (params == null || params.isNull() || !params.hasMembers()) {
            return defaults();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Value headerValues = params.getMember("headers");
        if (isObject(headerValues)) {
            for (String name : headerValues.getMemberKeys()) {
                Value value = headerValues.getMember(name);
                if (value == null || value.isNull()) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                if (value.hasArrayElements()) {
                    for (long i = 0; i < value.getArraySize(); i++) {
                        values.add(text(value.getArrayElement(i)));
                    }
                } else {
                    values.add(text(value));
                }
                headers.put(name, values);
            }
        }
        Map<String, String> tags = new LinkedHashMap<>();
        Value tagValues = params.getMember("tags");
        if (isObject(tagValues)) {
            for (String name : tagValues.getMemberKeys()) {
                Value value = tagValues.getMember(name);
                if (value != null && !value.isNull()) {
                    tags.put(name, text(value));
                }
            }
        }
        long timeout = DEFAULT_TIMEOUT_MILLIS;
        Value timeoutValue = params.getMember("timeout");
        if (timeoutValue != null && !timeoutValue.isNull()) {
            try {
                timeout = timeoutValue.isNumber()
                        ? (long) timeoutValue.asDouble()
                        : (long) K6Duration.parseMillis(text(timeoutValue));
            } catch (IllegalArgumentException e) {
                throw script.error("invalid timeout value: " + e.getMessage());
            }
        }
        int redirects = DEFAULT_REDIRECTS;
        Value redirectValue = params.getMember("redirects");
        if (redirectValue != null && redirectValue.isNumber()) {
            redirects = Math.max(0, redirectValue.asInt());
        }
        Value responseType = params.getMember("responseType");
        boolean discard = responseType != null && responseType.isString() && responseType.asString().equals("none");
        return new RequestParams(headers, tags, timeout, redirects, discard);
    }

    private static boolean isObject(Value value) {
        return value != null && !value.isNull() && value.hasMembers();
    }

    private static String text(Value value) {
        return value.isString() ? value.asString() : value.toString();
    }
}
