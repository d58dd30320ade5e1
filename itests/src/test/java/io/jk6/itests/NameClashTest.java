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
 * Two bundles serving the same module name: the first keeps serving (the second is refused
 * with a log line); when the first leaves, the second takes over.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class NameClashTest {

    private static final String MODULE = "k6/x/clash";

    @InjectBundleContext
    BundleContext context;

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path tmp;

    @Test
    void theFirstBundleKeepsTheNameUntilItLeaves() throws Exception {
        DeployFolder deploy = new DeployFolder(context);
        try {
            deploy.deployModule("first.jar", "io.jk6.itests.clash.first", MODULE, "first");
            assertTrue(Modules.awaitPresent(context, Modules.filter(MODULE, "first")), "the first module did not deploy");
            deploy.deployModule("second.jar", "io.jk6.itests.clash.second", MODULE, "second");
            assertTrue(Modules.awaitPresent(context, Modules.filter(MODULE, "second")), "the second bundle did not start");

            assertEquals(0, runExpecting("first"), "the first bundle must keep serving the name");

            deploy.remove("first.jar");
            assertTrue(Modules.awaitAbsent(context, Modules.filter(MODULE, "first")), "the first module stayed");
            assertEquals(0, runExpecting("second"), "the second bundle takes over when the first leaves");
        } finally {
            deploy.remove("first.jar");
            deploy.remove("second.jar");
            Modules.awaitAbsent(context, Modules.filter(MODULE, null));
        }
    }

    private int runExpecting(String expected) throws Exception {
        Path script = tmp.resolve(expected + ".js");
        Files.writeString(script, """
                import { check } from 'k6';
                import clash from 'k6/x/clash';
                export const options = { thresholds: { checks: ['rate==1'] } };
                export default function () { check(clash.version(), { 'served by %s': (v) => v === '%s' }); }
                """.formatted(expected, expected));
        TestInvocation invocation = new TestInvocation(tmp, "-q", "-i", "1", script.toString());
        int exit = run.execute(invocation);
        if (exit != 0) {
            System.out.println(invocation.stdout() + invocation.stderr());
        }
        return exit;
    }
}
