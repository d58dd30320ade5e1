package io.jk6.engine.executor;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.run.ExecutorRig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** per-vu-iterations on the real VU pool, with Java VUs and a fast clock ({@link ExecutorRig}). */
class PerVuIterationsTest {

    @Test
    void eachVuRunsItsOwnIterationsWhateverTheOthersDo() throws Exception {
        var ran = ExecutorRig.iterationsTaking(id -> ofMillis(id * 20))
                .run(new PerVuIterations(3, 5, ofSeconds(60), ofSeconds(30)));

        assertThat(ran.iterationsPerVu()).as(ran.toString()).isEqualTo(List.of(5, 5, 5));
        assertThat(ran.complete()).isEqualTo(15);
        assertThat(ran.interrupted()).isZero();
        assertThat(ran.took()).as("the slowest VU's 5 x 60 ms, not the 60 s maxDuration").isLessThan(ofSeconds(5));
    }

    @Test
    void maxDurationEndsTheIterationsLeftAndTheGracefulStopCutsTheRunningOnes() throws Exception {
        // iterations at 0, 0.4 and 0.8 s: the third runs at 1 s and until 1.2 s, past the graceful stop's 1.1 s
        var ran = ExecutorRig.iterationsTaking(ofMillis(400)).run(new PerVuIterations(2, 100, ofSeconds(1), ofMillis(100)));

        assertThat(ran.iterationsPerVu()).as(ran.toString()).allSatisfy(n -> assertThat(n).isBetween(2, 4));
        assertThat(ran.interrupted()).as("the iteration running at 1 s outlasts the 0.1 s graceful stop")
                .isEqualTo(2);
        assertThat(ran.took()).isBetween(ofSeconds(1), ofSeconds(3));
    }
}
