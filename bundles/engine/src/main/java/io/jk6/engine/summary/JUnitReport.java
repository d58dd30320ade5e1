package io.jk6.engine.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What jslib's {@code jUnit(data, options)} returns: one JUnit test case per threshold of
 * {@code data.metrics}, failed when the threshold was not {@code ok}. Options: {@code name}
 * (the suite, default {@code k6 thresholds}) and {@code classname} (default
 * {@code Unnamed folder}).
 */
public final class JUnitReport {

    private JUnitReport() {
    }

    public static String render(Map<String, Object> data, Map<String, Object> options) {
        String suite = options != null && options.get("name") instanceof String s && !s.isEmpty() ? escape(s)
                : "k6 thresholds";
        String classname = options != null && options.get("classname") instanceof String s && !s.isEmpty() ? escape(s)
                : "Unnamed folder";
        int failures = 0;
        List<String> cases = new ArrayList<>();
        Map<?, ?> metrics = data.get("metrics") instanceof Map<?, ?> m ? m : Map.of();
        for (Map.Entry<?, ?> e : metrics.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> metric) || !(metric.get("thresholds") instanceof Map<?, ?> ts)) {
                continue;
            }
            for (Map.Entry<?, ?> t : ts.entrySet()) {
                String name = escape(String.valueOf(e.getKey())) + " - " + escape(String.valueOf(t.getKey()));
                boolean ok = t.getValue() instanceof Map<?, ?> tm && Boolean.TRUE.equals(tm.get("ok"));
                if (ok) {
                    cases.add("<testcase name=\"" + name + "\" classname=\"" + classname + "\" />");
                } else {
                    failures++;
                    List<String> values = new ArrayList<>();
                    if (metric.get("values") instanceof Map<?, ?> vs) {
                        vs.forEach((k, v) -> values.add(k + " value: "
                                + (v instanceof Number n ? JsNumbers.toString(n.doubleValue()) : String.valueOf(v))));
                    }
                    String message = metric.get("type") + " threshold failed: " + String.join(", ", values);
                    cases.add("<testcase name=\"" + name + "\" classname=\"" + classname + "\"><failure message=\""
                            + escape(message) + "\" /></testcase>");
                }
            }
        }
        return "<?xml version=\"1.0\"?>\n    <testsuites tests=\"" + cases.size() + "\" failures=\"" + failures
                + "\">\n      <testsuite name=\"" + suite + "\" tests=\"" + cases.size() + "\" failures=\"" + failures
                + "\">\n        " + String.join("\n", cases) + "\n      </testsuite>\n    </testsuites>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
