package io.jk6.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jk6.api.runtime.RunningTest;
import io.jk6.launcher.spi.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The engine's {@link RunningTest} service: there while a {@code jk6 run} runs, with its id and
 * script as properties and live counters, stoppable, and gone once the run has ended.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class RunningTestServiceTest {

    static final long TIMEOUT = 30_000;

    @InjectBundleContext
    BundleContext context;

    @InjectService(filter = "(" + Command.NAME + "=run)", timeout = TIMEOUT)
    Command run;

    @TempDir
    Path tmp;

    @Test
    void aRunningTestIsAServiceUntilItEndsAndStopsLikeCtrlC() throws Exception {
        Path script = Files.writeString(tmp.resolve("long.js"), """
                import { sleep } from 'k6';
                export default function () { sleep(0.01); }
                """);
        TestInvocation invocation = new TestInvocation(tmp, "-q", "-u", "2", "-d", "2m", "long.js");
        ServiceTracker<RunningTest, RunningTest> tracker = new ServiceTracker<>(context, RunningTest.class, null);
        tracker.open();
        try {
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run.execute(invocation));

            RunningTest test = tracker.waitForService(TIMEOUT);
            assertNotNull(test, "no RunningTest while jk6 run runs");
            ServiceReference<RunningTest> reference = tracker.getServiceReference();
            assertEquals(test.id(), ((Number) reference.getProperty(RunningTest.ID)).longValue());
            assertEquals(script.toString(), reference.getProperty(RunningTest.SCRIPT));
            assertEquals(script, test.script());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (test.iterations() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(test.iterations() > 0, "no iteration counted");
            assertEquals(2, test.vus());
            assertTrue(test.elapsed().compareTo(Duration.ZERO) > 0);
            assertEquals(0, test.requests(), "the script makes no HTTP request");

            test.stop();

            assertEquals(105, exit.get(60, TimeUnit.SECONDS), () -> "exit code; stderr:\n" + invocation.stderr());
            assertTrue(invocation.stdout().contains("iterations"), () -> "no summary:\n" + invocation.stdout());
            assertTrue(invocation.stderr().contains("Stopping test " + test.id()), invocation::stderr);
            assertNull(tracker.getService(), "the RunningTest outlived its run");
        } finally {
            tracker.close();
        }
    }
}
