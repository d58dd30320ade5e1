package io.jk6.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jk6.itests.hot.LazyModule;
import io.jk6.launcher.spi.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
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
 * An extension jar deleted from deploy/ during a run: the run is told in one line, keeps the
 * bundle until it ends (a class it loads only after the removal still loads) and passes; then
 * the bundle is uninstalled and the next run does not have the module.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class RemoveDuringRunTest {

    private static final String MODULE = "k6/x/gone";
    private static final String JAR = "gone.jar";

    @InjectBundleContext
    BundleContext context;

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path tmp;

    @Test
    void aRunIsToldOfTheRemovalAndKeepsTheBundleUntilItEnds() throws Exception {
        DeployFolder deploy = new DeployFolder(context);
        try {
            deploy.deployModule(JAR, "io.jk6.itests.gone", "2.3.0", LazyModule.class, MODULE, "v1");
            assertTrue(Modules.awaitPresent(context, Modules.filter(MODULE, "v1")), "the module did not deploy");
            Path started = tmp.resolve("started");
            Path removed = tmp.resolve("removed");
            Files.writeString(tmp.resolve("script.js"), """
                    import { check } from 'k6';
                    import gone from 'k6/x/gone';
                    export const options = { iterations: 1, thresholds: { checks: ['rate==1'] } };
                    export default function () {
                      gone.touch(__ENV.STARTED);
                      check(gone.await(__ENV.REMOVED), { 'the test removed the jar': (ok) => ok });
                      check(gone.late(), { 'a class first loaded after the removal': (v) => v === 'late v1' });
                    }
                    """);
            TestInvocation invocation = new TestInvocation(tmp, "-q", "-e", "STARTED=" + started, "-e",
                    "REMOVED=" + removed, tmp.resolve("script.js").toString());
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run.execute(invocation));
            assertTrue(ReplaceDuringRunTest.await(() -> Files.exists(started) || exit.isDone()), "the VU never started");

            deploy.remove(JAR);
            String told = "k6/x/gone: bundle io.jk6.itests.gone 2.3.0 was removed from deploy/; this run keeps it"
                    + " until it ends, the next run does not have it";
            boolean wasTold = ReplaceDuringRunTest.await(() -> invocation.stderr().contains(told));
            Files.writeString(removed, "");

            assertEquals(0, exit.get(60, TimeUnit.SECONDS), () -> invocation.stdout() + invocation.stderr());
            // a script error does not fail the run (k6 counts it as an interrupted iteration): the check must have run
            assertTrue(invocation.stdout().contains("✓ a class first loaded after the removal"), () -> invocation.stdout() + invocation.stderr());
            assertTrue(wasTold, invocation::stderr);
            assertTrue(invocation.stderr().matches("(?s)(.*\\n)?WARN\\[\\d{4}\\] " + Pattern.quote(told) + "\\R.*"),
                    invocation::stderr);

            assertTrue(Modules.awaitAbsent(context, Modules.filter(MODULE, null)), "the module stayed after the run");
            Path next = Files.writeString(tmp.resolve("next.js"),
                    "import gone from 'k6/x/gone';\nexport default function () {}\n");
            TestInvocation after = new TestInvocation(tmp, "-q", next.toString());
            assertEquals(107, run.execute(after), after::stderr);
            assertTrue(after.stderr().contains("unknown module k6/x/gone"), after::stderr);
        } finally {
            deploy.remove(JAR);
            Modules.awaitAbsent(context, Modules.filter(MODULE, null));
        }
    }
}
