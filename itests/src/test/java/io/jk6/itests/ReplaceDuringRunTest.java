package io.jk6.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jk6.itests.hot.LazyModule;
import io.jk6.launcher.spi.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * An extension jar replaced in deploy/ during a run: the run keeps the bundle revision it started
 * with, and a class of it that the run loads only after the swap still loads (with the old
 * revision's class loader discarded it would fail with NoClassDefFoundError). The run is told in
 * one line, passes, and the next run gets the new jar.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ReplaceDuringRunTest {

    private static final String MODULE = "k6/x/lazy";
    private static final String BSN = "io.jk6.itests.lazy";
    private static final String JAR = "lazy.jar";

    @InjectBundleContext
    BundleContext context;

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path tmp;

    @Test
    void aRunKeepsItsRevisionWhenTheJarIsReplacedAndTheNextRunGetsTheNewOne() throws Exception {
        DeployFolder deploy = new DeployFolder(context);
        try {
            deploy.deployModule(JAR, BSN, "1.0.0", LazyModule.class, MODULE, "v1");
            assertTrue(Modules.awaitPresent(context, Modules.filter(MODULE, "v1")), "the module did not deploy");
            Path started = tmp.resolve("started");
            Path swapped = tmp.resolve("swapped");
            Files.writeString(tmp.resolve("script.js"), """
                    import { check } from 'k6';
                    import lazy from 'k6/x/lazy';
                    export const options = { iterations: 1, thresholds: { checks: ['rate==1'] } };
                    export default function () {
                      check(lazy.version(), { 'started with v1': (v) => v === 'v1' });
                      lazy.touch(__ENV.STARTED);
                      check(lazy.await(__ENV.SWAPPED), { 'the test swapped the jar': (ok) => ok });
                      check(lazy.late(), { 'a class first loaded after the swap': (v) => v === 'late v1' });
                    }
                    """);
            TestInvocation invocation = new TestInvocation(tmp, "-q", "-e", "STARTED=" + started, "-e",
                    "SWAPPED=" + swapped, tmp.resolve("script.js").toString());
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run.execute(invocation));
            assertTrue(await(() -> Files.exists(started) || exit.isDone()), "the VU never started");

            deploy.deployModule(JAR, BSN, "1.1.0", LazyModule.class, MODULE, "v2");
            // FileInstall has seen the new jar once the run is told (or, were the change not held
            // back, once the new revision serves the module)
            String told = "k6/x/lazy: bundle io.jk6.itests.lazy 1.0.0 was replaced in deploy/; this run keeps the"
                    + " version it started with, the next run gets 1.1.0";
            await(() -> invocation.stderr().contains(told) || present(Modules.filter(MODULE, "v2")));
            Files.writeString(swapped, "");

            assertEquals(0, exit.get(60, TimeUnit.SECONDS), () -> invocation.stdout() + invocation.stderr());
            // a script error does not fail the run (k6 counts it as an interrupted iteration): the check must have run
            assertTrue(invocation.stdout().contains("✓ a class first loaded after the swap"), () -> invocation.stdout() + invocation.stderr());
            assertTrue(invocation.stderr().matches("(?s)(.*\\n)?WARN\\[\\d{4}\\] " + java.util.regex.Pattern.quote(told)
                    + "\\R.*"), invocation::stderr);

            TestInvocation next = new TestInvocation(tmp, "-q", "-i", "1", write("next.js", """
                    import { check } from 'k6';
                    import lazy from 'k6/x/lazy';
                    export const options = { thresholds: { checks: ['rate==1'] } };
                    export default function () {
                      check(lazy.version(), { 'the next run gets v2': (v) => v === 'v2' });
                      check(lazy.late(), { 'from the new revision': (v) => v === 'late v2' });
                    }
                    """).toString());
            assertEquals(0, run.execute(next), () -> next.stdout() + next.stderr());
        } finally {
            deploy.remove(JAR);
            Modules.awaitAbsent(context, Modules.filter(MODULE, null));
        }
    }

    /**
     * A new version under a new file name: the old jar deleted, the new one added. The new bundle
     * starts at once and serves the next run (the higher version wins the name), the old one stays
     * for the run in flight, which is told of the removal, until it ends.
     */
    @Test
    void aNewVersionUnderANewFileNameServesTheNextRunWhileTheOldOneFinishesTheRun() throws Exception {
        DeployFolder deploy = new DeployFolder(context);
        try {
            deploy.deployModule("lazy-1.0.0.jar", BSN, "1.0.0", LazyModule.class, MODULE, "v1");
            assertTrue(Modules.awaitPresent(context, Modules.filter(MODULE, "v1")), "the module did not deploy");
            Path started = tmp.resolve("started");
            Path swapped = tmp.resolve("swapped");
            TestInvocation invocation = new TestInvocation(tmp, "-q", "-e", "STARTED=" + started, "-e",
                    "SWAPPED=" + swapped, write("script.js", """
                    import { check } from 'k6';
                    import lazy from 'k6/x/lazy';
                    export const options = { iterations: 1, thresholds: { checks: ['rate==1'] } };
                    export default function () {
                      lazy.touch(__ENV.STARTED);
                      check(lazy.await(__ENV.SWAPPED), { 'the test swapped the jars': (ok) => ok });
                      check(lazy.late(), { 'the old revision still loads classes': (v) => v === 'late v1' });
                    }
                    """).toString());
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run.execute(invocation));
            assertTrue(await(() -> Files.exists(started) || exit.isDone()), "the VU never started");

            deploy.deployModule("lazy-1.1.0.jar", BSN, "1.1.0", LazyModule.class, MODULE, "v2");
            deploy.remove("lazy-1.0.0.jar");
            String told = "k6/x/lazy: bundle io.jk6.itests.lazy 1.0.0 was removed from deploy/";
            boolean newOneServes = Modules.awaitPresent(context, Modules.filter(MODULE, "v2"));
            boolean wasTold = await(() -> invocation.stderr().contains(told));
            Files.writeString(swapped, "");

            assertEquals(0, exit.get(60, TimeUnit.SECONDS), () -> invocation.stdout() + invocation.stderr());
            assertTrue(invocation.stdout().contains("✓ the old revision still loads classes"),
                    () -> invocation.stdout() + invocation.stderr());
            assertTrue(newOneServes, "the new version did not start during the run");
            assertTrue(wasTold, invocation::stderr);

            TestInvocation next = new TestInvocation(tmp, "-q", "-i", "1", write("next.js", """
                    import { check } from 'k6';
                    import lazy from 'k6/x/lazy';
                    export const options = { thresholds: { checks: ['rate==1'] } };
                    export default function () { check(lazy.late(), { 'the next run gets v2': (v) => v === 'late v2' }); }
                    """).toString());
            assertEquals(0, run.execute(next), () -> next.stdout() + next.stderr());
            assertTrue(Modules.awaitAbsent(context, Modules.filter(MODULE, "v1")), "the old version stayed");
        } finally {
            deploy.remove("lazy-1.0.0.jar");
            deploy.remove("lazy-1.1.0.jar");
            Modules.awaitAbsent(context, Modules.filter(MODULE, null));
        }
    }

    private Path write(String name, String script) throws Exception {
        return Files.writeString(tmp.resolve(name), script);
    }

    private boolean present(String filter) {
        try {
            return !context.getServiceReferences(io.jk6.api.js.JsModule.class, filter).isEmpty();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Polls {@code condition} until it holds, at most {@link Modules#TIMEOUT_MILLIS}. */
    static boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Modules.TIMEOUT_MILLIS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
