package io.jk6.engine.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import io.jk6.engine.metrics.MetricsEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --summary-mode full}: k6's group and scenario sections, from samples a run would make. */
class FullSummaryTest {

    private static final Duration DURATION = Duration.ofSeconds(2);
    private static final List<String> STATS = List.of("avg", "max");

    private final MetricsEngine engine = new MetricsEngine();
    private final Metric iterations = engine.newMetric("iterations", MetricType.COUNTER, ValueType.DEFAULT);
    private final Metric checks = engine.newMetric("checks", MetricType.RATE, ValueType.DEFAULT);
    private final Metric groupDuration = engine.newMetric("group_duration", MetricType.TREND, ValueType.TIME);
    private final Metric posts = engine.newMetric("posts", MetricType.COUNTER, ValueType.DEFAULT);
    private final Metric waiting = engine.newMetric("http_req_waiting", MetricType.TREND, ValueType.TIME);
    private final List<Sample> batch = new ArrayList<>();

    private void add(Metric metric, String scenario, String group, double value, String... more) {
        TagSet tags = TagSet.of("scenario", scenario, "group", group).withAll(TagSet.of(more));
        batch.add(new Sample(metric, tags, 0, value));
    }

    // Two scenarios besides "default", groups nested two deep, checks passing and failing.
    private SummaryData run(boolean breakDown) {
        if (breakDown) {
            engine.breakDownByGroupAndScenario();
        }
        add(iterations, "default", "", 1);
        add(iterations, "default", "", 1);
        add(waiting, "default", "", 20);
        add(checks, "default", "::login", 1, "check", "logged in");
        add(checks, "default", "::login", 1, "check", "logged in");
        add(groupDuration, "default", "::login", 150);
        add(checks, "default", "::login::form", 1, "check", "form ok");
        add(checks, "default", "::login::form", 0, "check", "form ok");
        add(posts, "default", "::login::form", 3);
        add(iterations, "browse", "", 1);
        add(checks, "browse", "::cart", 1, "check", "cart ok");
        add(iterations, "alpha", "", 1);
        engine.ingest(batch);
        return SummaryData.of(DURATION, engine.snapshot(), null);
    }

    @Test
    void groupsInRunOrderThenScenariosByNameEachWithItsOwnChecksAndMetrics() {
        String text = TextSummary.renderForStdout(run(true), STATS, null, false, true);

        String sections = text.substring(text.indexOf("  █ GROUP: login"));
        assertThat(sections).isEqualTo(""
                + "  █ GROUP: login \n"
                + "\n"
                + "    checks_total.......................: 2       1/s\n"
                + "    checks_succeeded...................: 100.00% 2 out of 2\n"
                + "    checks_failed......................: 0.00%   0 out of 2\n"
                + "\n"
                + "    ✓ logged in\n"
                + "\n"
                + "    ↳ GROUP: form \n"
                + "\n"
                + "      checks_total.......................: 2      1/s\n"
                + "      checks_succeeded...................: 50.00% 1 out of 2\n"
                + "      checks_failed......................: 50.00% 1 out of 2\n"
                + "\n"
                + "      ✗ form ok\n"
                // k6 indents a nested group's check detail by (2 * level + 1) pairs of spaces
                + "          ↳  50% — ✓ 1 / ✗ 1\n"
                + "\n"
                + "      CUSTOM\n"
                + "      posts........: 3 1.5/s\n"
                + "\n"
                + "\n"
                + "  █ SCENARIO: alpha \n"
                + "\n"
                + "    EXECUTION\n"
                + "    iterations.............: 1 0.5/s\n"
                + "\n"
                + "\n"
                + "  █ SCENARIO: browse \n"
                + "\n"
                + "    checks_total.......................: 1       0.5/s\n"
                + "    checks_succeeded...................: 100.00% 1 out of 1\n"
                + "    checks_failed......................: 0.00%   0 out of 1\n"
                + "\n"
                + "    ✓ cart ok\n"
                + "\n"
                + "    EXECUTION\n"
                + "    iterations.............: 1 0.5/s\n"
                + "\n"
                + "    ↳ GROUP: cart \n"
                + "\n"
                + "      checks_total.......................: 1       0.5/s\n"
                + "      checks_succeeded...................: 100.00% 1 out of 1\n"
                + "      checks_failed......................: 0.00%   0 out of 1\n"
                + "\n"
                + "      ✓ cart ok\n"
                + "\n"
                + "\n"
                + "\n");
    }

    @Test
    void totalsCountEverySampleAndHideGroupDurationButNotTheHttpBreakdown() {
        String text = TextSummary.renderForStdout(run(true), STATS, null, false, true);
        String totals = text.substring(0, text.indexOf("  █ GROUP:"));

        assertThat(totals).contains("  █ TOTAL RESULTS \n",
                "    checks_succeeded...................: 80.00% 4 out of 5\n",
                "    ✗ form ok\n      ↳  50% — ✓ 1 / ✗ 1\n",
                "    http_req_waiting...................: avg=20ms max=20ms\n",
                "    iterations.........................: 4 2/s\n");
        assertThat(text).doesNotContain("group_duration");
    }

    @Test
    void theDefaultScenarioHasNoSectionOfItsOwnAndASampleCountsOnlyInItsInnermostGroup() {
        SummaryData data = run(true);

        assertThat(data.breakdown().scenarios()).extracting(g -> g.name()).containsExactly("browse", "alpha");
        var login = data.breakdown().groups().get(0);
        assertThat(login.name()).isEqualTo("login");
        assertThat(login.metrics()).extracting(m -> m.name()).containsExactly("checks", "group_duration");
        assertThat(login.groups().get(0).metrics()).extracting(m -> m.name()).containsExactly("checks", "posts");
    }

    @Test
    void compactModeShowsNoGroupOrScenarioSectionEvenWithABreakdown() {
        String text = TextSummary.renderForStdout(run(true), STATS, null, false, false);

        assertThat(text).doesNotContain("GROUP:", "SCENARIO:", "http_req_waiting");
    }

    @Test
    void withoutBreakingDownTheEngineKeepsNoResultsByGroupOrScenario() {
        SummaryData data = run(false);

        assertThat(data.breakdown().groups()).isEmpty();
        assertThat(data.breakdown().scenarios()).isEmpty();
        assertThat(TextSummary.renderForStdout(data, STATS, null, false, true)).doesNotContain("GROUP:", "SCENARIO:");
    }
}
