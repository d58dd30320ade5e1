package io.jk6.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jk6.launcher.spi.Command;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * An extension jar dropped into the deploy folder of a running framework becomes importable,
 * a replaced jar is used by the next run, a deleted one disappears and a script importing it
 * then fails with "unknown module" — no restart in between.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HotDeployTest {

    private static final String MODULE = "k6/x/hot";
    private static final String JAR = "hot.jar";

    @InjectBundleContext
    BundleContext context;

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path tmp;

    @Test
    void installUpdateAndUninstallWhileTheFrameworkRuns() throws Exception {
        DeployFolder deploy = new DeployFolder(context);

        deploy.deployModule(JAR, "io.jk6.itests.hot", MODULE, "v1");
        assertTrue(Modules.awaitPresent(context, Modules.filter(MODULE, "v1")), "the dropped jar's module did not appear");
        assertEquals(0, runExpecting("v1"), "a run right after the drop uses the new module");

        deploy.deployModule(JAR, "io.jk6.itests.hot", MODULE, "v2");
        assertTrue(Modules.awaitPresent(context, Modules.filter(MODULE, "v2")), "the replaced jar was not updated");
        assertEquals(0, runExpecting("v2"), "the next run uses the replaced jar");

        deploy.remove(JAR);
        assertTrue(Modules.awaitAbsent(context, Modules.filter(MODULE, null)), "the deleted jar's module stayed");
        TestInvocation invocation = script("v2");
        assertEquals(107, run.execute(invocation), invocation::stderr);
        assertTrue(invocation.stderr().contains("unknown module k6/x/hot; available modules: "), invocation::stderr);
    }

    /** Runs a script whose check passes only if the module answers {@code expected}; returns the exit code. */
    private int runExpecting(String expected) throws Exception {
        TestInvocation invocation = script(expected);
        int exit = run.execute(invocation);
        assertTrue(exit != 0 || invocation.stdout().contains("✓ version is " + expected),
                () -> invocation.stdout() + invocation.stderr());
        return exit;
    }

    private TestInvocation script(String expected) throws Exception {
        Path script = tmp.resolve("hot-" + expected + ".js");
        Files.writeString(script, """
                import { check } from 'k6';
                import hot from 'k6/x/hot';
                export const options = { thresholds: { checks: ['rate==1'] } };
                export default function () { check(hot.version(), { 'version is %s': (v) => v === '%s' }); }
                """.formatted(expected, expected));
        return new TestInvocation(tmp, "-q", "-i", "1", script.toString());
    }
}
