package io.jk6.output.webdashboard;

import io.jk6.api.metrics.TagSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One threshold of the script, {@code http_req_duration{status:200}: p(95)<500}, judged by the
 * dashboard on its own totals: the engine judges the run's verdict (and exit code) itself, the
 * output only gets the expressions (k6's {@code WithThresholds}).
 *
 * @param metricKey  as the script wrote it: a metric name, with a tag filter for a sub-metric
 * @param metricName the metric's name
 * @param filter     the sub-metric's tags, empty for the metric itself
 * @param expression as the script wrote it
 * @param aggregation k6's aggregation, e.g. {@code p(95)}, {@code rate}, {@code count}
 * @param operator   {@code <}, {@code <=}, {@code >}, {@code >=}, {@code ==}, {@code ===} or {@code !=}
 * @param bound      the number the value is compared with
 */
record Threshold(String metricKey, String metricName, TagSet filter, String expression, String aggregation,
        String operator, double bound) {

    // k6's grammar: an aggregation (p(N) or a word), an operator, a number; blanks anywhere between
    private static final Pattern EXPRESSION = Pattern.compile(
            "\\s*(p\\(\\s*[0-9.]+\\s*\\)|[a-z]+)\\s*(<=|>=|===|==|!=|<|>)\\s*([-+]?[0-9.]+(?:[eE][-+]?[0-9]+)?)\\s*");

    /**
     * @throws IllegalArgumentException an expression outside k6's grammar (the engine refuses those
     *                                  before the run starts, so this is never shown to a user)
     */
    static Threshold parse(String metricKey, String expression) {
        Matcher m = EXPRESSION.matcher(expression);
        if (!m.matches()) {
            throw new IllegalArgumentException("threshold \"" + expression + "\" of " + metricKey + " is not k6's"
                    + " AGGREGATION OPERATOR NUMBER");
        }
        int brace = metricKey.indexOf('{');
        String name = (brace < 0 ? metricKey : metricKey.substring(0, brace)).trim();
        TagSet filter = brace < 0 ? TagSet.empty() : TagSet.of(tags(metricKey.substring(brace)));
        return new Threshold(metricKey, name, filter, expression, m.group(1).replace(" ", ""), m.group(2),
                Double.parseDouble(m.group(3)));
    }

    /** {@code {status:200, name:"x"}} as tags; quotes around values dropped, as k6 does. */
    private static Map<String, String> tags(String braces) {
        Map<String, String> tags = new LinkedHashMap<>();
        String inner = braces.endsWith("}") ? braces.substring(1, braces.length() - 1) : braces.substring(1);
        for (String pair : inner.split(",")) {
            int colon = pair.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String value = pair.substring(colon + 1).trim();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            tags.put(pair.substring(0, colon).trim(), value);
        }
        return tags;
    }

    boolean isSubmetric() {
        return !filter.isEmpty();
    }

    /** Whether {@code value} passes; NaN (no value yet) does not. */
    boolean passes(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        return switch (operator) {
            case "<" -> value < bound;
            case "<=" -> value <= bound;
            case ">" -> value > bound;
            case ">=" -> value >= bound;
            case "==", "===" -> value == bound;
            case "!=" -> value != bound;
            default -> throw new IllegalStateException("operator " + operator + " is in EXPRESSION but not here");
        };
    }
}
