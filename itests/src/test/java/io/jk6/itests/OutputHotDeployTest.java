package io.jk6.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jk6.api.output.OutputFactory;
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
import org.osgi.util.tracker.ServiceTracker;

/**
 * An output bundle dropped into the deploy folder of a running framework serves {@code --out};
 * a replaced jar serves the next run; a deleted one is gone and {@code --out} names what is left.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class OutputHotDeployTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path tmp;

    @Test
    void anOutputBundleIsInstalledUpdatedAndUninstalledWhileTheFrameworkRuns() throws Exception {
        DeployFolder deploy = new DeployFolder(context);
        Files.writeString(tmp.resolve("script.js"), "export default function () {}\n");
        try {
            deploy.deployOutput("hot-output.jar", "io.jk6.itests.hotoutput", "hot", "v1");
            assertTrue(awaitOutput("(&(jk6.output.name=hot)(hot.version=v1))", true), "the output did not deploy");
            assertEquals("v1", runWithHotOutput("v1.txt"));

            deploy.deployOutput("hot-output.jar", "io.jk6.itests.hotoutput", "hot", "v2");
            assertTrue(awaitOutput("(&(jk6.output.name=hot)(hot.version=v2))", true), "the output was not updated");
            assertEquals("v2", runWithHotOutput("v2.txt"));

            deploy.remove("hot-output.jar");
            assertTrue(awaitOutput("(jk6.output.name=hot)", false), "the output stayed");
            TestInvocation invocation = new TestInvocation(tmp, "-q", "-i", "1", "--out", "hot=gone.txt",
                    tmp.resolve("script.js").toString());
            assertEquals(104, run.execute(invocation), invocation::stderr);
            assertTrue(invocation.stderr().contains("invalid output type 'hot'"), invocation::stderr);
        } finally {
            deploy.remove("hot-output.jar");
        }
    }

    /** Runs 3 iterations with {@code --out hot=FILE}; returns the version the output wrote, checking it saw samples. */
    private String runWithHotOutput(String file) throws Exception {
        TestInvocation invocation = new TestInvocation(tmp, "-q", "-i", "3", "--out", "hot=" + file,
                tmp.resolve("script.js").toString());
        assertEquals(0, run.execute(invocation), invocation::stderr);
        String[] written = Files.readString(tmp.resolve(file)).split(" ");
        assertTrue(Long.parseLong(written[1]) >= 6, "3 iterations push at least 6 samples, the output got " + written[1]);
        return written[0];
    }

    private boolean awaitOutput(String filter, boolean present) throws Exception {
        String full = "(&(objectClass=" + OutputFactory.class.getName() + ")" + filter + ")";
        ServiceTracker<OutputFactory, OutputFactory> tracker =
                new ServiceTracker<>(context, context.createFilter(full), null);
        tracker.open();
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Modules.TIMEOUT_MILLIS);
            while (tracker.isEmpty() == present && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            return tracker.isEmpty() != present;
        } finally {
            tracker.close();
        }
    }
}
