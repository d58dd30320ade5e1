package io.jk6.engine.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import io.jk6.engine.metrics.MetricsEngine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AbortOnFailWatchTest {

    private final MetricsEngine metrics = new MetricsEngine();
    private final Metric errors = metrics.newMetric("errors", MetricType.COUNTER, ValueType.DEFAULT);

    private void addErrors(int n) {
        for (int i = 0; i < n; i++) {
            metrics.ingest(List.of(new Sample(errors, TagSet.empty(), 0, 1)));
        }
    }

    private static Thresholds thresholds(ThresholdDefinition... definitions) {
        return Thresholds.parseDefinitions(Map.of("errors", List.of(definitions)));
    }

    @Test
    void aFailedAbortOnFailThresholdAsksToStopNamingTheMetric() {
        Thresholds t = thresholds(new ThresholdDefinition("count<3", true, null));
        addErrors(2);
        assertThat(AbortOnFailWatch.check(t, metrics, Duration.ofSeconds(2))).isNull();
        addErrors(1);
        assertThat(AbortOnFailWatch.check(t, metrics, Duration.ofSeconds(4))).isEqualTo(
                "thresholds on metrics 'errors' were crossed; at least one has abortOnFail enabled,"
                        + " stopping test prematurely");
    }

    @Test
    void aFailureBeforeDelayAbortEvalDoesNotStopTheTest() {
        Thresholds t = thresholds(new ThresholdDefinition("count<1", true, Duration.ofSeconds(10)));
        addErrors(5);
        assertThat(AbortOnFailWatch.check(t, metrics, Duration.ofSeconds(4))).isNull();
        assertThat(AbortOnFailWatch.check(t, metrics, Duration.ofSeconds(11))).isNotNull();
    }

    @Test
    void aFailedThresholdWithoutAbortOnFailOnlyFailsAtTheEnd() {
        Thresholds t = thresholds(ThresholdDefinition.of("count<1"));
        addErrors(5);
        assertThat(t.hasAbortOnFail()).isFalse();
        assertThat(AbortOnFailWatch.check(t, metrics, Duration.ofSeconds(4))).isNull();
    }

    @Test
    void theWatchCallsBackOnceWhileTheTestRuns() throws Exception {
        Thresholds t = thresholds(new ThresholdDefinition("count<1", true, null));
        addErrors(1);
        CompletableFuture<String> aborted = new CompletableFuture<>();
        AbortOnFailWatch watch = AbortOnFailWatch.start(t, metrics, () -> Duration.ofSeconds(1),
                Duration.ofMillis(20), aborted::complete);
        try {
            assertThat(aborted.get(5, TimeUnit.SECONDS)).contains("'errors'");
        } finally {
            watch.stop();
        }
    }
}
