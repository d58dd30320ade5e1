package io.jk6.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.felix.service.command.CommandProcessor;
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
 * The shell and the deploy folder: {@code jk6:deploy} copies a bundle in and says whether it
 * started, a jar dropped in while the shell runs is listed as from {@code deploy/}, and
 * {@code jk6:undeploy} removes it.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ShellDeployTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    CommandProcessor gogo;

    @TempDir
    Path dir;

    @Test
    void deployCopiesABundleAndSaysItStartedOrWhyNot() throws Exception {
        DeployFolder deploy = new DeployFolder(context);
        deploy.writeModule(dir.resolve("mine.jar"), "io.jk6.itests.mine", "k6/x/mine");
        try (GogoSession shell = new GogoSession(gogo, dir).awaitCommand("jk6:modules")) {
            assertThat(shell.execute("jk6:deploy mine.jar"))
                    .isEqualTo("deployed deploy/mine.jar: bundle io.jk6.itests.mine 1.0.0 installed and started");
            assertThat(deploy.dir().resolve("mine.jar")).exists();
            assertThatThrownBy(() -> shell.execute("jk6:deploy nothing-here.jar"))
                    .hasMessageContaining("nothing-here.jar: no such file");
        } finally {
            deploy.remove("mine.jar");
            Modules.awaitAbsent(context, Modules.filter("k6/x/mine", null));
        }
    }

    @Test
    void aJarDroppedIntoDeployWhileTheShellRunsIsListedAsFromDeployThenUndeployed() throws Exception {
        DeployFolder deploy = new DeployFolder(context);
        try (GogoSession shell = new GogoSession(gogo, dir).awaitCommand("jk6:modules")) {
            assertThat(shell.execute("jk6:modules")).contains("k6/http").doesNotContain("k6/x/dropped");

            deploy.deployModule("dropped.jar", "io.jk6.itests.dropped", "k6/x/dropped", "1");
            Pattern fromDeploy = Pattern.compile("(?m)^k6/x/dropped\\s+io\\.jk6\\.itests\\.dropped\\s+\\S+\\s+deploy/(\\s|$)");
            shell.retryUntil("jk6:modules", modules -> fromDeploy.matcher(modules).find(),
                    "jk6:modules to list k6/x/dropped from deploy/");

            assertThat(shell.execute("jk6:undeploy dropped.jar"))
                    .isEqualTo("removed deploy/dropped.jar (bundle io.jk6.itests.dropped 1.0.0): uninstalled");
            assertThat(deploy.dir().resolve("dropped.jar")).doesNotExist();
            assertThat(shell.execute("jk6:modules")).doesNotContain("k6/x/dropped");
        } finally {
            deploy.remove("dropped.jar");
        }
    }
}
