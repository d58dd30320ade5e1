package io.jk6.k6;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.ModuleScript;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SleepFailRandomSeedTest {

    private ModuleScript script;

    @BeforeEach
    void openScript() {
        script = new ModuleScript().importing("k6", new K6Module());
        script.vu().startIterations();
    }

    @AfterEach
    void closeScript() {
        script.close();
    }

    @Test
    void sleepTakesFractionalSeconds() {
        long start = System.nanoTime();
        script.eval("sleep(0.05)");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(millis).isBetween(50L, 1_000L);
    }

    @Test
    void sleepEndsEarlyAndQuietlyWhenTheVuIsInterrupted() throws Exception {
        Thread vuThread = Thread.currentThread();
        ScheduledExecutorService stopper = Executors.newSingleThreadScheduledExecutor();
        try {
            stopper.schedule(vuThread::interrupt, 100, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            script.eval("sleep(30)");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(millis).isLessThan(5_000L);
            // The flag is kept for the engine, which decides what an interrupt means.
            assertThat(Thread.interrupted()).isTrue();
        } finally {
            stopper.shutdownNow();
            Thread.interrupted();
        }
    }

    @Test
    void sleepReturnsAtOnceWhenTheTestIsStopping() {
        script.vu().stop();
        long start = System.nanoTime();
        script.eval("sleep(10)");

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_000L);
    }

    @Test
    void sleepIgnoresZeroAndNegativeDurations() {
        long start = System.nanoTime();
        script.eval("sleep(0); sleep(-3); sleep()");

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_000L);
    }

    @Test
    void failThrowsAnErrorWithTheMessage() {
        assertThat(script.errorOf("fail('boom')")).isEqualTo("boom");
        assertThat(script.eval("try { fail('boom'); } catch (e) { e instanceof Error }").asBoolean()).isTrue();
    }

    @Test
    void failAlsoWorksInTheInitContext() {
        try (ModuleScript init = new ModuleScript().importing("k6", new K6Module())) {
            assertThat(init.errorOf("fail('bad config')")).isEqualTo("bad config");
        }
    }

    @Test
    void randomSeedMakesMathRandomRepeatable() {
        String first = script.eval("randomSeed(123); [Math.random(), Math.random(), Math.random()].join()").asString();
        String again = script.eval("randomSeed(123); [Math.random(), Math.random(), Math.random()].join()").asString();
        String other = script.eval("randomSeed(124); [Math.random(), Math.random(), Math.random()].join()").asString();

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(script.eval("randomSeed(1); const r = Math.random(); r >= 0 && r < 1").asBoolean()).isTrue();
    }
}
