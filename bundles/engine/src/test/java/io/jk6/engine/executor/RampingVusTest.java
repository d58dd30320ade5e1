package io.jk6.engine.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.config.Stage;
import io.jk6.engine.run.ExecutorRig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RampingVusTest {

    private final RampingVus ramp = new RampingVus(0, List.of(
            new Stage(Duration.ofSeconds(10), 10),
            new Stage(Duration.ofSeconds(10), 10),
            new Stage(Duration.ofSeconds(5), 0)), Duration.ofSeconds(30), Duration.ofSeconds(30));

    @Test
    void movesLinearlyBetweenStageTargets() {
        assertThat(ramp.targetAt(Duration.ZERO)).isZero();
        assertThat(ramp.targetAt(Duration.ofSeconds(5))).isEqualTo(5);
        assertThat(ramp.targetAt(Duration.ofSeconds(15))).isEqualTo(10);
        assertThat(ramp.targetAt(Duration.ofMillis(22_500))).isEqualTo(5);
        assertThat(ramp.targetAt(Duration.ofSeconds(60))).isZero();
    }

    @Test
    void vusRampedDownMayRunForGracefulRampDownMore() {
        RampingVus shortGrace = new RampingVus(0, ramp.stages(), Duration.ofSeconds(2), Duration.ofSeconds(30));

        assertThat(shortGrace.allowedAt(Duration.ofSeconds(5))).as("ramping up: the target").isEqualTo(5);
        assertThat(shortGrace.allowedAt(Duration.ofMillis(22_500))).as("target 5, 10 two seconds ago").isEqualTo(9);
        assertThat(shortGrace.allowedAt(Duration.ofMillis(21_000))).as("the stage boundary at 20 s").isEqualTo(10);
        assertThat(shortGrace.allowedAt(Duration.ofSeconds(24))).as("target 2, 6 two seconds ago").isEqualTo(6);
        assertThat(shortGrace.allowedAt(Duration.ofSeconds(26))).as("after the end: 2 at 24 s").isEqualTo(2);
        assertThat(shortGrace.allowedAt(Duration.ofSeconds(28))).isZero();
    }

    @Test
    void initializesTheHighestTargetAndSumsTheStages() {
        assertThat(ramp.maxVUs()).isEqualTo(10);
        assertThat(ramp.maxDuration()).isEqualTo(Duration.ofSeconds(55));
    }

    @Test
    void validationNamesEachBadStage() {
        List<String> errors = RampingVus.validate("default", -1,
                List.of(new Stage(Duration.ofSeconds(1), -3), new Stage(Duration.ofSeconds(-1), 2)));
        assertThat(errors).anyMatch(e -> e.contains("startVUs"))
                .anyMatch(e -> e.contains("stages[0].target"))
                .anyMatch(e -> e.contains("stages[1].duration"));
    }

    @Test
    void theLoopingVusFollowTheStagesOnTheRealPool() throws Exception {
        var upHoldDown = new RampingVus(0, List.of(new Stage(Duration.ofSeconds(1), 4),
                new Stage(Duration.ofSeconds(1), 4), new Stage(Duration.ofSeconds(1), 0)),
                Duration.ofSeconds(30), Duration.ofSeconds(30));

        var ran = ExecutorRig.iterationsTaking(Duration.ofMillis(100)).run(upHoldDown);

        assertThat(ran.mostRunning()).as(ran.toString()).isEqualTo(4);
        assertThat(ran.startedBetween(Duration.ZERO, Duration.ofMillis(200))).as("target 0 -> 0.8: VU 1 at most")
                .isBetween(0L, 2L);
        assertThat(ran.startedBetween(Duration.ofMillis(1200), Duration.ofMillis(1800)))
                .as("4 VUs x 6 iterations of 0.1 s while the target holds at 4").isBetween(18L, 28L);
        assertThat(ran.startedBetween(Duration.ofMillis(3100), Duration.ofSeconds(60))).as("none once the target is 0")
                .isZero();
        assertThat(ran.activeVUsAfter()).isZero();
    }
}
