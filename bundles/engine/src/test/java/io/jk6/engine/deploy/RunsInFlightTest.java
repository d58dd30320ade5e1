package io.jk6.engine.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.run.RunLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RunsInFlightTest {

    /** Work that records when it is applied; {@code gate} holds an apply until the test opens it. */
    private static final class Recorder implements RunsInFlight.DeferredWork {
        final List<String> applied = new ArrayList<>();
        volatile boolean waiting;
        final CountDownLatch gate = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);

        @Override
        public boolean pending() {
            return waiting;
        }

        @Override
        public void apply() {
            entered.countDown();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (applied) {
                applied.add("applied");
            }
            waiting = false;
        }
    }

    private final RunsInFlight runs = new RunsInFlight();
    private final Recorder work = new Recorder();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RunLog log = new RunLog(new PrintStream(err, true, StandardCharsets.UTF_8), false);

    @Test
    void withNoRunInFlightWorkIsAppliedAtOnce() {
        runs.setWork(work);
        work.waiting = true;
        work.gate.countDown();
        assertThat(runs.applyWhenIdle()).isTrue();
        assertThat(work.applied).containsExactly("applied");
    }

    @Test
    void workWaitsForTheLastRunAndTheNextRunWaitsForTheWork() throws Exception {
        runs.setWork(work);
        RunsInFlight.Run first = runs.enter(log);
        RunsInFlight.Run second = runs.enter(log);
        work.waiting = true;
        assertThat(runs.applyWhenIdle()).isFalse();
        assertThat(runs.warnRuns("k6/x/a: replaced")).isTrue();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("WARN[0000] k6/x/a: replaced");

        first.close();
        assertThat(work.entered.getCount()).as("one run is still in flight").isEqualTo(1);
        second.close();
        assertThat(work.entered.await(10, TimeUnit.SECONDS)).as("applied once the last run ended").isTrue();

        Thread next = new Thread(() -> runs.enter(log).close());
        next.start();
        while (next.getState() != Thread.State.WAITING && next.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait(); // either it waits for the change or (wrongly) it has run already
        }
        assertThat(next.getState()).as("a run starting meanwhile waits for the change").isEqualTo(Thread.State.WAITING);
        work.gate.countDown();
        next.join(10_000);
        assertThat(next.isAlive()).isFalse();
        assertThat(work.applied).containsExactly("applied");
    }

    @Test
    void withoutWorkRunsComeAndGo() {
        runs.enter(log).close();
        assertThat(runs.busy()).isFalse();
        assertThat(runs.warnRuns("nobody hears this")).isFalse();
    }
}
