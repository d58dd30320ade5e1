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

/** An extension may only name its modules {@code k6/x/...}: other names belong to jk6's built-ins. */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ModuleNameRuleTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path tmp;

    @Test
    void anExtensionCannotServeANameOutsideK6X() throws Exception {
        DeployFolder deploy = new DeployFolder(context);
        try {
            deploy.deployModule("rogue.jar", "com.example.rogue", "k6/rogue", "rogue");
            assertTrue(Modules.awaitPresent(context, Modules.filter("k6/rogue", "rogue")), "the bundle did not start");
            Files.writeString(tmp.resolve("script.js"), "import rogue from 'k6/rogue';\nexport default function () {}\n");
            TestInvocation invocation = new TestInvocation(tmp, "-q", tmp.resolve("script.js").toString());

            assertEquals(107, run.execute(invocation), invocation::stdout);
            assertTrue(invocation.stderr().contains("unknown module k6/rogue"), invocation::stderr);
        } finally {
            deploy.remove("rogue.jar");
            Modules.awaitAbsent(context, Modules.filter("k6/rogue", null));
        }
    }
}
