package io.jk6.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A plan with {@code executionSegment}: the instance's share, and k6's refusals. */
class SegmentedPlanTest {

    private static final Map<String, Object> SCENARIOS = Map.of(
            "looping", Map.of("executor", "constant-vus", "vus", 10L, "duration", "1m30s"),
            "arrivals", Map.of("executor", "ramping-arrival-rate", "preAllocatedVUs", 4L, "maxVUs", 10L,
                    "startTime", "5s", "stages", List.of(Map.of("duration", "10s", "target", 5L))));

    private static ExecutionPlan plan(String segment, String sequence) throws ConfigException {
        TestOptions test = TestOptions.EMPTY.withSegments(segment == null ? null : ExecutionSegment.parse(segment),
                sequence == null ? null : ExecutionSegmentSequence.parse(sequence));
        return ExecutionPlan.of(new OptionLayer(null, null, null, null, null, null, null, SCENARIOS, test));
    }

    @Test
    void theInstancesSharesAddUpToTheTest() throws ConfigException {
        ExecutionPlan whole = plan(null, null);
        assertThat(whole.maxVUs()).isEqualTo(20);
        int maxVUs = 0;
        int preInit = 0;
        Set<Long> vuNumbers = new HashSet<>();
        for (String segment : List.of("0:1/3", "1/3:2/3", "2/3:1")) {
            ExecutionPlan part = plan(segment, "0,1/3,2/3,1");
            assertThat(part.maxDuration()).isEqualTo(whole.maxDuration()).isEqualTo(Duration.ofMinutes(2));
            maxVUs += part.maxVUs();
            preInit += part.preInitVUs();
            for (long vu = 0; vu < part.maxVUs(); vu++) {
                assertThat(vuNumbers.add(part.segment().globalIndex(vu) + 1)).isTrue();
            }
        }
        assertThat(maxVUs).isEqualTo(20);
        assertThat(preInit).isEqualTo(whole.preInitVUs());
        // unique across the instances; as in k6 not dense: an instance's VUs are the sum of its
        // scenarios' shares (4 + 4 on the first), numbered by the test's stripes
        assertThat(vuNumbers).hasSize(20);
        assertThat(plan("1/3:2/3", "0,1/3,2/3,1").maxVUs()).as("k6 inspect's maxVUs for this segment").isEqualTo(6);
        assertThatThrownBy(() -> plan("2/4", "0,1/4,2/4,3/4,1")).as("a lone 2/4 is 0:1/2, not in the sequence")
                .hasMessageContaining("provided segment 0:1/2 can't be found in sequence 0,1/4,1/2,3/4,1");
        assertThat(plan("1/4:2/4", "0,1/4,2/4,3/4,1").maxVUs()).isEqualTo(6);
    }

    @Test
    void aSegmentOutsideTheSequenceIsRefused() {
        assertThatThrownBy(() -> plan("0:1/3", "0,1/2,1")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("provided segment 0:1/3 can't be found in sequence 0,1/2,1");
        assertThatThrownBy(() -> plan(null, "0,1/2,1"))
                .hasMessageContaining("provided segment 0:1 can't be found in sequence 0,1/2,1");
    }
}
