package io.jk6.engine.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextSummaryTest {

    private static final List<String> STATS = MetricValues.DEFAULT_TREND_STATS;

    /** k6 pads every metric name with dots to one column: widest name + display name + 3. */
    private static String dotted(String display, int maxNameWidth) {
        return "    " + display + ".".repeat(maxNameWidth - display.length() - 4 + 3) + ": ";
    }

    @Test
    void rendersK6sCompactLayoutLineForLine() {
        String text = TextSummary.render(SummaryFixture.data(SummaryFixture.defaultThresholds()), STATS, false);
        // Widest: "http_req_duration{expected_response:true}" + "  { expected_response:true }" + indent.
        int w = 4 + 41 + 28;
        String checksTotal = "    checks_total.......................: ";
        String trend = "avg=500ms min=0s med=500ms max=1s p(90)=900ms p(95)=950ms";
        String expected = "\n"
                + "  █ THRESHOLDS \n"
                + "\n"
                + "    http_req_duration\n"
                + "    ✗ 'p(95)<500' p(95)=950ms\n"
                + "\n"
                + "    http_req_failed\n"
                + "    ✓ 'rate<0.01' rate=0.00%\n"
                + "\n"
                + "\n"
                + "  █ TOTAL RESULTS \n"
                + "\n"
                + checksTotal + "20     10/s\n"
                + "    checks_succeeded...................: 75.00% 15 out of 20\n"
                + "    checks_failed......................: 25.00% 5 out of 20\n"
                + "\n"
                + "    ✓ status is 200\n"
                + "    ✗ body ok\n"
                + "      ↳  50% — ✓ 5 / ✗ 5\n"
                + "\n"
                + "    CUSTOM\n"
                + dotted("my_counter", w) + "10    5/s\n"
                + "\n"
                + "    HTTP\n"
                + dotted("http_req_duration", w) + trend + "\n"
                + dotted("  { expected_response:true }", w) + trend + "\n"
                + dotted("http_req_failed", w) + "0.00% 0 out of 11\n"
                + dotted("http_reqs", w) + "11    5.5/s\n"
                + "\n"
                + "    EXECUTION\n"
                + dotted("iterations", w) + "11    5.5/s\n"
                + dotted("vus", w) + "1     min=1       max=2\n"
                + "\n"
                + "    NETWORK\n"
                + dotted("data_received", w) + "12 kB 6.2 kB/s\n"
                + "\n";
        assertThat(text).isEqualTo(expected);
        assertThat(text).doesNotContain("http_req_blocked");
    }

    @Test
    void submetricThresholdIsNestedUnderItsParent() {
        Map<String, List<String>> config = new LinkedHashMap<>();
        config.put("http_req_duration{expected_response:true}", List.of("p(99.9)<2000"));
        config.put("http_req_duration", List.of("avg<600", "med<100"));
        config.put("http_reqs", List.of("count>10", "rate>1"));
        String text = TextSummary.render(SummaryFixture.data(config), STATS, false);
        assertThat(text).contains("\n    http_req_duration\n"
                + "    ✓ 'avg<600' avg=500ms\n"
                + "    ✗ 'med<100' med=500ms\n"
                + "\n"
                + "      {expected_response:true}\n"
                + "      ✓ 'p(99.9)<2000' p(99.9)=999ms\n"
                + "\n"
                + "    http_reqs\n"
                + "    ✓ 'count>10' count=11\n"
                + "    ✓ 'rate>1' rate=5.5/s\n");
    }

    @Test
    void noThresholdsMeansNoThresholdsBlock() {
        String text = TextSummary.render(SummaryFixture.data(Map.of()), STATS, false);
        assertThat(text).startsWith("\n  █ TOTAL RESULTS \n\n    checks_total");
    }

    @Test
    void trendStatsAreConfigurable() {
        String text = TextSummary.render(SummaryFixture.data(Map.of()), List.of("count", "p(99)", "max"), false);
        assertThat(text).contains("http_req_duration" + ".".repeat(55) + ": count=11 p(99)=990ms max=1s\n");
        assertThatThrownBy(() -> TextSummary.render(SummaryFixture.data(Map.of()), List.of("p95"), false))
                .hasMessageContaining("p95");
    }

    @Test
    void colorsMarksAndValuesLikeK6() {
        String text = TextSummary.render(SummaryFixture.data(SummaryFixture.defaultThresholds()), STATS, true);
        assertThat(text).contains("  █ \u001b[1mTHRESHOLDS\u001b[0m \n");
        assertThat(text).contains("    \u001b[32m✓ status is 200\u001b[0m\n");
        assertThat(text).contains("    \u001b[31m✗ body ok\u001b[0m\n      \u001b[31m↳  50% — ✓ 5 / ✗ 5\u001b[0m\n");
        assertThat(text).contains("    \u001b[31m✗\u001b[0m \u001b[37m'p(95)<500'\u001b[0m "
                + "\u001b[37mp(95)\u001b[0m=\u001b[36m950ms\u001b[0m\n");
        assertThat(text).contains("    checks_total\u001b[2;37m.......................:\u001b[0m "
                + "\u001b[36m20\u001b[0m     \u001b[2;36m10/s\u001b[0m\n");
    }

    @Test
    void stdoutFramingAddsK6sLineBreaks() {
        SummaryData data = SummaryFixture.data(Map.of());
        String stdout = TextSummary.renderForStdout(data, STATS, null, false);
        assertThat(stdout).isEqualTo("\n" + TextSummary.render(data, STATS, false) + "\n\n");
    }
}
