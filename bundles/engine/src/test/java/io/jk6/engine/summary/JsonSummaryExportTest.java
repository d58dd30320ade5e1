package io.jk6.engine.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonSummaryExportTest {

    private final String json = JsonSummaryExport.toJson(
            SummaryFixture.data(SummaryFixture.defaultThresholds()), MetricValues.DEFAULT_TREND_STATS);

    @Test
    void isValidJsonWithRootGroupAndMetrics() throws IOException {
        List<String> topLevel = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                topLevel.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
        }
        assertThat(topLevel).containsExactly("root_group", "metrics");
    }

    @Test
    void rootGroupHoldsChecksByNameAndNestedGroupsWithMd5Ids() {
        assertThat(json).startsWith("{\n    \"root_group\": {\n        \"name\": \"\",\n        \"path\": \"\",\n"
                + "        \"id\": \"d41d8cd98f00b204e9800998ecf8427e\",\n        \"groups\": {\n"
                + "            \"login\": {\n                \"name\": \"login\",\n                \"path\": \"::login\",\n");
        assertThat(json).contains("\"status is 200\": {\n"
                + "                \"name\": \"status is 200\",\n"
                + "                \"path\": \"::status is 200\",\n"
                + "                \"id\": \"" + JsonSummaryExport.md5("::status is 200") + "\",\n"
                + "                \"passes\": 10,\n"
                + "                \"fails\": 0\n"
                + "            }");
        assertThat(json).contains("\"path\": \"::login::body ok\"", "\"passes\": 5", "\"fails\": 5");
        assertThat(JsonSummaryExport.md5("")).isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    }

    @Test
    void metricsHaveK6sLegacyValueNamesAndFailedThresholdFlags() {
        assertThat(json).contains("\"http_reqs\": {\n            \"count\": 11,\n            \"rate\": 5.5\n        }");
        assertThat(json).contains("\"vus\": {\n            \"value\": 1,\n            \"min\": 1,\n            \"max\": 2\n        }");
        assertThat(json).contains("\"http_req_failed\": {\n            \"passes\": 0,\n            \"fails\": 11,\n"
                + "            \"thresholds\": {\n                \"rate<0.01\": false\n            },\n            \"value\": 0\n        }");
        assertThat(json).contains("\"http_req_duration\": {\n            \"avg\": 500,\n            \"min\": 0,\n"
                + "            \"med\": 500,\n            \"max\": 1000,\n            \"p(90)\": 900,\n            \"p(95)\": 950,\n"
                + "            \"thresholds\": {\n                \"p(95)<500\": true\n            }\n        }");
        // Unlike the compact text summary, the export keeps every metric.
        assertThat(json).contains("\"http_req_blocked\": {", "\"checks\": {",
                "\"http_req_duration{expected_response:true}\": {");
    }
}
