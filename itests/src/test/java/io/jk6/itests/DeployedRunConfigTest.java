package io.jk6.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jk6.launcher.spi.Command;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * {@code deploy/io.jk6.run.cfg} gives the outputs of every run that starts after it is in the
 * folder, and of none that starts after it is gone: each run here starts at once, without waiting
 * for FileInstall's next poll, so only the engine's own wait makes it see the folder as it is.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DeployedRunConfigTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path tmp;

    @Test
    void aRunStartedRightAfterTheCfgIsDeployedUsesItAndOneAfterItIsRemovedDoesNot() throws Exception {
        DeployFolder deploy = new DeployFolder(context);
        Files.writeString(tmp.resolve("script.js"), "export default function () {}\n");
        try {
            Path cfg = deploy.deployConfig("io.jk6.run.cfg", "out = json=from-cfg.json\n");

            TestInvocation withCfg = runThreeIterations();
            assertTrue(withCfg.stdout().contains("output: json (from-cfg.json)"), withCfg::stdout);
            List<String> lines = Files.readAllLines(tmp.resolve("from-cfg.json"), StandardCharsets.UTF_8);
            assertEquals(3, lines.stream().filter(l -> l.contains("\"type\":\"Point\"")
                    && l.contains("\"metric\":\"iterations\"")).count(), () -> String.join("\n", lines));

            Files.delete(cfg);
            Files.delete(tmp.resolve("from-cfg.json"));

            TestInvocation withoutCfg = runThreeIterations();
            assertTrue(withoutCfg.stdout().contains("output: -"), withoutCfg::stdout);
            assertFalse(Files.exists(tmp.resolve("from-cfg.json")), "the removed cfg's output still ran");
        } finally {
            deploy.remove("io.jk6.run.cfg");
        }
    }

    private TestInvocation runThreeIterations() {
        TestInvocation invocation = new TestInvocation(tmp, "-i", "3", tmp.resolve("script.js").toString());
        assertEquals(0, run.execute(invocation), invocation::stderr);
        return invocation;
    }
}
