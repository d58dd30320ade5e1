package io.jk6.engine.executor;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.run.ExecutorRig;
import org.junit.jupiter.api.Test;

/** shared-iterations on the real VU pool, with Java VUs and a fast clock ({@link ExecutorRig}). */
class SharedIterationsTest {

    @Test
    void theVusShareTheIterationsAndAFasterVuTakesMoreOfThem() throws Exception {
        var ran = ExecutorRig.iterationsTaking(id -> id == 1 ? ofMillis(20) : ofMillis(200))
                .run(new SharedIterations(3, 40, ofSeconds(60), ofSeconds(30)));

        assertThat(ran.complete()).as(ran.toString()).isEqualTo(40);
        assertThat(ran.iterationsPerVu().stream().mapToInt(Integer::intValue).sum()).isEqualTo(40);
        assertThat(ran.iterationsPerVu().get(0)).as(ran.toString())
                .isGreaterThan(2 * ran.iterationsPerVu().get(1)).isGreaterThan(2 * ran.iterationsPerVu().get(2));
    }

    @Test
    void maxDurationEndsTheTestWithIterationsLeft() throws Exception {
        var ran = ExecutorRig.iterationsTaking(ofMillis(100)).run(new SharedIterations(2, 1000, ofSeconds(1), ofSeconds(30)));

        assertThat(ran.complete()).as(ran.toString()).isBetween(16L, 22L);
        assertThat(ran.interrupted()).isZero();
        assertThat(ran.took()).isLessThan(ofSeconds(3));
    }
}
