package io.jk6.api.output;

import java.util.List;
import java.util.Map;

/** An {@link Output} that wants the test's thresholds; they are set before {@link Output#start()}. */
public interface WithThresholds extends Output {

    /**
     * @param thresholds metric name (or sub-metric, such as {@code http_req_duration{status:200}})
     *                   to its threshold expressions as the script wrote them, e.g. {@code p(95)<500}
     */
    void setThresholds(Map<String, List<String>> thresholds);
}
