package io.jk6.engine.executor;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.run.ExecutorRig;
import org.junit.jupiter.api.Test;

/** externally-controlled on the real VU pool, with Java VUs and a fast clock ({@link ExecutorRig}). */
class ExternallyControlledTest {

    @Test
    void theLoopingVusFollowSetVUsWhileTheDurationRuns() throws Exception {
        var controlled = new ExternallyControlled(1, 4, ofSeconds(3), ofSeconds(30));
        // the REST API's PATCH /v1/status {vus: 3} one second in, and back to 1 at two
        var ran = ExecutorRig.iterationsTaking(ofMillis(100))
                .at(ofSeconds(1), () -> controlled.setVUs(3))
                .at(ofSeconds(2), () -> controlled.setVUs(1))
                .run(controlled);

        assertThat(ran.mostRunning()).as(ran.toString()).isEqualTo(3);
        // starts per half second: what 1 and 3 looping VUs do, whatever one iteration costs the machine
        long one = ran.startedBetween(ofMillis(200), ofMillis(700));
        long three = ran.startedBetween(ofMillis(1300), ofMillis(1800));
        long oneAgain = ran.startedBetween(ofMillis(2300), ofMillis(2800));
        assertThat(one).as(ran.toString()).isPositive();
        assertThat(three).as("3 VUs against 1: %d against %d", three, one).isBetween(2 * one, 4 * one);
        assertThat(oneAgain).as("1 VU again against 3: %d against %d", oneAgain, three).isLessThanOrEqualTo(three / 2);
        assertThat(ran.took()).as("3 s and the last 0.1 s iteration").isBetween(ofSeconds(3), ofSeconds(4));
        assertThat(ran.activeVUsAfter()).isZero();
    }
}
