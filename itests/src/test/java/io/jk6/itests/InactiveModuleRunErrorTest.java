package io.jk6.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jk6.itests.hot.FailingModule;
import io.jk6.launcher.spi.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * {@code jk6 run} of a script importing a module whose component is not active fails with
 * "unknown module" and why (SCR's reason), not only the list of available modules.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class InactiveModuleRunErrorTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @InjectService(timeout = 30_000)
    ServiceComponentRuntime scr;

    @TempDir
    Path tmp;

    @Test
    void theErrorSaysWhyTheModuleIsNotActive() throws Exception {
        DeployFolder deploy = new DeployFolder(context);
        try {
            InactiveModulesListTest.deployNeedyAndFailing(deploy);
            awaitState("k6.x.needy", ComponentConfigurationDTO.UNSATISFIED_REFERENCE);
            awaitState("k6.x.failing", ComponentConfigurationDTO.FAILED_ACTIVATION);

            String needy = runImporting(InactiveModulesListTest.NEEDY);
            assertTrue(needy.contains("unknown module k6/x/needy (bundle io.jk6.itests.needy 1.0.0 declares it,"
                    + " but its component is not active: " + InactiveModulesListTest.UNSATISFIED
                    + "); available modules: "), needy);
            String failing = runImporting(InactiveModulesListTest.FAILING);
            assertTrue(failing.contains("unknown module k6/x/failing (bundle io.jk6.itests.failing 1.0.0 declares it,"
                    + " but its component is not active: activation failed: java.lang.IllegalStateException: "
                    + FailingModule.FAILURE + "); available modules: "), failing);
        } finally {
            deploy.remove("needy.jar");
            deploy.remove("failing.jar");
            Modules.awaitAbsent(context, Modules.filter(InactiveModulesListTest.FAILING, null));
        }
    }

    /** Runs a script importing {@code module}; it must fail to load. Returns stderr. */
    private String runImporting(String module) throws Exception {
        Path script = tmp.resolve("script.js");
        Files.writeString(script, """
                import m from '%s';
                export default function () { m.version(); }
                """.formatted(module));
        TestInvocation invocation = new TestInvocation(tmp, "-q", "-i", "1", script.toString());
        assertEquals(107, run.execute(invocation), invocation::stderr);
        return invocation.stderr();
    }

    /**
     * Waits until SCR reports the component in {@code state}: FileInstall and SCR deploy in their
     * own threads, and a failed activation happens once the engine first asks for the service.
     */
    private void awaitState(String component, int state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Modules.TIMEOUT_MILLIS);
        while (System.nanoTime() < deadline) {
            boolean reached = scr.getComponentDescriptionDTOs().stream()
                    .filter(d -> d.name.equals(component))
                    .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream())
                    .anyMatch(c -> c.state == state);
            if (reached) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(component + " never reached state " + state);
    }
}
