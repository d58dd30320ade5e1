package io.jk6.api.runner;

import java.util.Map;

/**
 * One metric or sub-metric of a running test, as its values are now (k6's REST API
 * {@code /v1/metrics}, and the Prometheus text of {@code /metrics}).
 *
 * @param name             the name: a metric's, or a sub-metric's with its tags
 *                         ({@code http_req_duration{expected_response:true}})
 * @param metric           the metric's name ({@code http_req_duration})
 * @param type             k6's type: {@code counter}, {@code gauge}, {@code rate} or {@code trend}
 * @param contains         k6's value type: {@code default}, {@code time} (milliseconds) or {@code data}
 * @param tags             a sub-metric's tags; empty for a metric
 * @param values           what k6's sinks format, by name: a counter's {@code count} and {@code rate} (per
 *                         second of the test), a gauge's {@code value}, a rate's {@code rate}, a trend's
 *                         {@code avg}, {@code min}, {@code med}, {@code max}, {@code p(90)}, {@code p(95)}
 *                         and {@code p(99)}
 * @param thresholdsPassed whether all of its thresholds pass now; null when it has none
 */
public record LiveMetric(String name, String metric, String type, String contains, Map<String, String> tags,
        Map<String, Double> values, Boolean thresholdsPassed) {

    public LiveMetric {
        tags = Map.copyOf(tags);
        values = Map.copyOf(values);
    }

    /** True for a sub-metric (a metric's samples with some tags). */
    public boolean isSubmetric() {
        return !tags.isEmpty();
    }
}
