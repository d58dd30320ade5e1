package io.jk6.engine.executor;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.run.ExecutorRig;
import org.junit.jupiter.api.Test;

/** constant-vus on the real VU pool, with Java VUs and a fast clock ({@link ExecutorRig}). */
class ConstantVusTest {

    @Test
    void everyVuLoopsUntilTheDurationIsOver() throws Exception {
        var ran = ExecutorRig.iterationsTaking(ofMillis(100)).run(new ConstantVus(4, ofSeconds(2), ofSeconds(30)));

        assertThat(ran.iterationsPerVu()).as(ran.toString()).hasSize(4).allSatisfy(n -> assertThat(n).isBetween(15, 21));
        assertThat(ran.interrupted()).as("the last iterations end within the graceful stop").isZero();
        assertThat(ran.starts()).as("none starts after the duration (give or take the rig's jitter)")
                .allSatisfy(s -> assertThat(s).isLessThan(ofMillis(2050)));
        assertThat(ran.activeVUsAfter()).isZero();
    }

    @Test
    void anIterationStillRunningAtTheEndOfTheGracefulStopIsInterrupted() throws Exception {
        var ran = ExecutorRig.iterationsTaking(ofSeconds(30)).run(new ConstantVus(2, ofSeconds(1), ofMillis(500)));

        assertThat(ran.complete()).as(ran.toString()).isZero();
        assertThat(ran.interrupted()).as(ran.toString()).isEqualTo(2);
        assertThat(ran.took()).as("1 s, then the 0.5 s graceful stop, not the 30 s iterations")
                .isBetween(ofMillis(1500), ofSeconds(5));
        assertThat(ran.activeVUsAfter()).isZero();
    }
}
