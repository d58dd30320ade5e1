package io.jk6.engine.runner;

import io.jk6.support.JsonNumber;
import io.jk6.support.JsonString;
import java.util.List;
import java.util.Map;

/**
 * JSON as Go's {@code json.MarshalIndent(v, "", "  ")} writes it, which is what {@code k6 inspect}
 * prints: two-space indents, {@code "key": value}, {@code {}} and {@code []} when empty, and
 * {@code <}, {@code >}, {@code &} escaped as {@code \u003c}, {@code \u003e}, {@code \u0026}
 * (Go's HTML-safe default), so thresholds read {@code "p(95)\u003c500"} as in k6.
 */
final class GoJson {

    private GoJson() {
    }

    /** Maps, lists, strings, numbers, booleans and null. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ",").append('\n').append("  ".repeat(depth + 1));
                out.append(JsonString.quoteHtmlSafe(String.valueOf(e.getKey())));
                out.append(": ");
                write(out, e.getValue(), depth + 1);
                first = false;
            }
            out.append('\n').append("  ".repeat(depth)).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",").append('\n').append("  ".repeat(depth + 1));
                write(out, list.get(i), depth + 1);
            }
            out.append('\n').append("  ".repeat(depth)).append(']');
        } else if (value instanceof Double d && Double.isFinite(d)) {
            out.append(JsonNumber.format(d));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            out.append(JsonString.quoteHtmlSafe(String.valueOf(value)));
        }
    }
}
