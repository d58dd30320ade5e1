package io.jk6.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jk6.launcher.spi.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
 * A run in progress is not crashed when its extension's jar is deleted: it finishes with the
 * module instances it started with and prints its summary.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class RunDuringUndeployTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path tmp;

    @Test
    void aRunFinishesWhenItsExtensionIsRemovedMidway() throws Exception {
        DeployFolder deploy = new DeployFolder(context);
        deploy.deployModule("busy.jar", "io.jk6.itests.busy", "k6/x/busy", "busy");
        assertTrue(Modules.awaitPresent(context, Modules.filter("k6/x/busy", "busy")), "the module did not deploy");
        Files.writeString(tmp.resolve("script.js"), """
                import { check } from 'k6';
                import busy from 'k6/x/busy';
                export const options = { vus: 2, duration: '4s' };
                export default function () { check(busy.slow(50), { 'still answers': (v) => v === 'busy' }); }
                """);
        TestInvocation invocation = new TestInvocation(tmp, "-q", "--summary-export",
                tmp.resolve("s.json").toString(), tmp.resolve("script.js").toString());

        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run.execute(invocation));
        Thread.sleep(1500);
        deploy.remove("busy.jar");
        assertTrue(Modules.awaitAbsent(context, Modules.filter("k6/x/busy", null)), "the module stayed registered");

        assertEquals(0, exit.get(60, TimeUnit.SECONDS), () -> invocation.stdout() + invocation.stderr());
        String summary = Files.readString(tmp.resolve("s.json"));
        assertTrue(summary.contains("\"still answers\""), summary);
        assertTrue(summary.matches("(?s).*\"fails\"\\s*:\\s*0\\b.*"), () -> "some iterations failed:\n" + summary);
        assertTrue(invocation.stdout().contains("TOTAL RESULTS"), invocation::stdout);
    }
}
