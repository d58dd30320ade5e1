package io.jk6.engine.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricNameOrderTest {

    @Test
    void ordersLikeK6sLocaleCompareWithSubmetricsAfterTheirParent() {
        List<String> names = new ArrayList<>(List.of("http_reqs", "http_req_failed", "vus_max",
                "http_req_duration{expected_response:true}", "vus", "Zeta", "alpha", "http_req_duration"));
        names.sort(MetricNameOrder.INSTANCE);
        assertThat(names).containsExactly("alpha", "http_req_duration", "http_req_duration{expected_response:true}",
                "http_req_failed", "http_reqs", "vus", "vus_max", "Zeta");
    }
}
