package io.jk6.engine.executor;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.run.ExecutorRig;
import org.junit.jupiter.api.Test;

/** constant-arrival-rate on the real VU pool, with Java VUs and a fast clock ({@link ExecutorRig}). */
class ConstantArrivalRateTest {

    @Test
    void iterationsStartAtTheRateWhateverTheyTake() throws Exception {
        var rate = new ConstantArrivalRate(20, ofSeconds(1), ofSeconds(2), 5, 5, ofSeconds(30));

        var ran = ExecutorRig.iterationsTaking(ofMillis(70)).run(rate);

        assertThat(ran.starts()).as(ran.toString()).hasSize(40);
        assertThat(ran.dropped()).isZero();
        assertThat(ran.startedBetween(ZERO, ofSeconds(1))).as("the first second's share").isBetween(19L, 21L);
        assertThat(ran.mostRunning()).as("70 ms iterations every 50 ms overlap").isBetween(2, 5);
        assertThat(ran.vusMade()).as("pre-allocated VUs suffice").isEqualTo(5);
    }

    @Test
    void anIterationWithNoIdleVuIsDroppedAndVusAreAddedUpToMaxVUs() throws Exception {
        var rate = new ConstantArrivalRate(10, ofSeconds(1), ofSeconds(2), 1, 3, ofSeconds(30));

        var ran = ExecutorRig.iterationsTaking(ofSeconds(1)).run(rate);

        assertThat(ran.vusMade()).as(ran.toString()).isEqualTo(3);
        assertThat(ran.dropped()).as(ran.toString()).isGreaterThan(10);
        assertThat(ran.starts().size() + ran.dropped()).as("every one of the 20 is started or dropped").isEqualTo(20);
        assertThat(ran.log()).contains("Insufficient VUs, reached 3 active VUs and cannot initialize more");
    }
}
