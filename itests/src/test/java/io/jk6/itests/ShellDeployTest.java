package io.jk6.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.itests.hot.LazyModule;
import io.jk6.launcher.spi.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
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
 * {@code jk6:undeploy} removes it (while a test runs: says it goes when the test ends).
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ShellDeployTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    CommandProcessor gogo;

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

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
    void undeployWhileATestRunsSaysTheJarGoesWhenItEnds() throws Exception {
        DeployFolder deploy = new DeployFolder(context);
        deploy.deployModule("held.jar", "io.jk6.itests.held", "1.0.0", LazyModule.class, "k6/x/held", "1");
        assertThat(Modules.awaitPresent(context, Modules.filter("k6/x/held", "1"))).as("deployed").isTrue();
        Path started = dir.resolve("started");
        Path go = dir.resolve("go");
        Path script = Files.writeString(dir.resolve("held.js"), """
                import held from 'k6/x/held';
                export const options = { iterations: 1 };
                export default function () { held.touch(__ENV.STARTED); held.await(__ENV.GO); }
                """);
        TestInvocation invocation = new TestInvocation(dir, "-q", "-e", "STARTED=" + started, "-e", "GO=" + go,
                script.toString());
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run.execute(invocation));
        try (GogoSession shell = new GogoSession(gogo, dir).awaitCommand("jk6:modules")) {
            assertThat(ReplaceDuringRunTest.await(() -> Files.exists(started) || exit.isDone())).as("the VU started")
                    .isTrue();
            assertThat(shell.execute("jk6:undeploy held.jar")).isEqualTo("removed deploy/held.jar (bundle"
                    + " io.jk6.itests.held 1.0.0): uninstalled once the 1 test(s) running end (they keep it until then)");
            Files.writeString(go, "");
            assertThat(exit.get(60, TimeUnit.SECONDS)).as(invocation::stderr).isZero();
            assertThat(Modules.awaitAbsent(context, Modules.filter("k6/x/held", null))).as("uninstalled after the run")
                    .isTrue();
        } finally {
            Files.writeString(go, "");
            deploy.remove("held.jar");
            Modules.awaitAbsent(context, Modules.filter("k6/x/held", null));
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
