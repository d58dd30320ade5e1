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

/** A jar in the deploy folder that is not a bundle changes nothing else: other extensions still deploy and run. */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BrokenBundleTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path tmp;

    @Test
    void aJarThatIsNotABundleDoesNotStopTheOthers() throws Exception {
        DeployFolder deploy = new DeployFolder(context);
        deploy.deployNotABundle("broken.jar");
        deploy.deployModule("fine.jar", "io.jk6.itests.fine", "k6/x/fine", "fine");
        try {
            assertTrue(Modules.awaitPresent(context, Modules.filter("k6/x/fine", "fine")),
                    "a good jar beside a broken one did not deploy");
            Files.writeString(tmp.resolve("script.js"), """
                    import { check } from 'k6';
                    import fine from 'k6/x/fine';
                    import http from 'k6/http';
                    export const options = { thresholds: { checks: ['rate==1'] } };
                    export default function () { check(fine.version(), { 'fine answers': (v) => v === 'fine' }); }
                    """);
            TestInvocation invocation = new TestInvocation(tmp, "-q", "-i", "1", tmp.resolve("script.js").toString());
            assertEquals(0, run.execute(invocation), () -> invocation.stdout() + invocation.stderr());
        } finally {
            deploy.remove("broken.jar");
            deploy.remove("fine.jar");
            Modules.awaitAbsent(context, Modules.filter("k6/x/fine", null));
        }
    }
}
