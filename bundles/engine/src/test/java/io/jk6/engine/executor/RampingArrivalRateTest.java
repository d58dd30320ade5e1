package io.jk6.engine.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jk6.engine.config.Stage;
import io.jk6.engine.run.ExecutorRig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start times of ramping-arrival-rate: where the area under the rate reaches each iteration. */
class RampingArrivalRateTest {

    private static List<Long> starts(RampingArrivalRate r) {
        List<Long> starts = new ArrayList<>();
        ArrivalRateLoop.Schedule schedule = r.schedule();
        for (long t = schedule.next(); t >= 0; t = schedule.next()) {
            starts.add(t);
        }
        return starts;
    }

    private static RampingArrivalRate rate(long start, Stage... stages) {
        return new RampingArrivalRate(start, Duration.ofSeconds(1), List.of(stages), 1, 1, Duration.ZERO);
    }

    @Test
    void aRampFromZeroStartsIterationNWhereTheAreaReachesN() {
        // 0 -> 10/s over 10 s: rate(t) = t, area(t) = t^2/2, so iteration n starts at sqrt(2n) s
        List<Long> starts = starts(rate(0, new Stage(Duration.ofSeconds(10), 10)));
        assertThat(starts).hasSize(50);
        for (int n = 1; n <= 50; n++) {
            assertThat(starts.get(n - 1) / 1e9).as("iteration %d", n).isCloseTo(Math.sqrt(2.0 * n), within(1e-6));
        }
    }

    @Test
    void aPlateauIsEvenlySpacedAndTheNextStageCarriesItsRemainder() {
        // 5/s for 1.1 s (5.5 iterations), then 5 -> 10/s over 1 s (7.5 more): the 6th starts where the
        // second stage's area 5x + 2.5x^2 reaches the 0.5 left over from the first
        List<Long> starts = starts(rate(5, new Stage(Duration.ofMillis(1100), 5), new Stage(Duration.ofSeconds(1), 10)));
        for (int n = 1; n <= 5; n++) {
            assertThat(starts.get(n - 1)).as("iteration %d", n).isCloseTo(n * 200_000_000L, within(1_000L));
        }
        assertThat(starts.get(5) / 1e9).isCloseTo(1.1 + (-5 + Math.sqrt(25 + 4 * 2.5 * 0.5)) / 5, within(1e-6));
        assertThat(starts).hasSize(13).isSorted();
    }

    @Test
    void theRateNowFollowsTheStages() {
        RampingArrivalRate r = rate(0, new Stage(Duration.ofSeconds(2), 100), new Stage(Duration.ofSeconds(2), 0));
        assertThat(r.perSecondAt(1_000_000_000L)).isCloseTo(50, within(1e-9));
        assertThat(r.perSecondAt(3_000_000_000L)).isCloseTo(50, within(1e-9));
        assertThat(r.perSecondAt(5_000_000_000L)).isZero();
    }

    @Test
    void theRealPoolStartsTheScheduledIterationsOnTime() throws Exception {
        // 0 -> 20/s over 2 s: iteration n at sqrt(n/5) s; the 20th, at 2 s, is past the end
        var ramp = new RampingArrivalRate(0, Duration.ofSeconds(1), List.of(new Stage(Duration.ofSeconds(2), 20)), 4, 4,
                Duration.ofSeconds(30));
        List<Long> scheduled = starts(ramp).stream().filter(t -> t < Duration.ofSeconds(2).toNanos()).toList();

        var ran = ExecutorRig.iterationsTaking(Duration.ofMillis(50)).run(ramp);

        assertThat(scheduled).hasSize(19);
        assertThat(ran.starts()).as(ran.toString()).hasSize(19);
        assertThat(ran.dropped()).isZero();
        for (int i = 0; i < scheduled.size(); i++) {
            assertThat(ran.starts().get(i).toNanos() / 1e9).as("iteration %d's start, s (rig's jitter allowed)", i + 1)
                    .isCloseTo(scheduled.get(i) / 1e9, within(0.1));
        }
    }
}
