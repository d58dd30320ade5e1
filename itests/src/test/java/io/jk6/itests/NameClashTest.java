package io.jk6.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jk6.itests.hot.HotModule;
import io.jk6.launcher.spi.Command;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
 * Two bundles serving the same module name: the higher bundle version serves it, at equal
 * versions the lower bundle id (the one installed first); one line in jk6's format names both;
 * when the winner leaves, the other takes over.
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

    @Test
    void theHigherBundleVersionServesTheNameWhateverTheOrder() throws Exception {
        DeployFolder deploy = new DeployFolder(context);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            deploy.deployModule("low.jar", "io.jk6.itests.clash.low", "1.0.0", HotModule.class, MODULE, "low");
            assertTrue(Modules.awaitPresent(context, Modules.filter(MODULE, "low")), "the low module did not deploy");
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            deploy.deployModule("high.jar", "io.jk6.itests.clash.high", "2.0.0", HotModule.class, MODULE, "high");
            assertTrue(Modules.awaitPresent(context, Modules.filter(MODULE, "high")), "the high bundle did not start");
            // the engine sees the service a moment after this test may: its line says it has
            boolean told = ReplaceDuringRunTest.await(() -> captured.toString(StandardCharsets.UTF_8)
                    .contains("then the lower bundle id)" + System.lineSeparator()));
            System.setErr(err);
            String lines = captured.toString(StandardCharsets.UTF_8);
            assertTrue(told, lines);

            assertEquals(0, runExpecting("high"), "the higher version must serve the name");
            assertTrue(lines.matches("(?s)(.*\\n)?WARN\\[0000\\] JS module \"k6/x/clash\" is served by bundle"
                    + " io\\.jk6\\.itests\\.clash\\.high 2\\.0\\.0 \\(id \\d+\\) and by bundle io\\.jk6\\.itests\\.clash\\.low"
                    + " 1\\.0\\.0 \\(id \\d+\\): bundle io\\.jk6\\.itests\\.clash\\.high 2\\.0\\.0 serves it \\(the higher bundle"
                    + " version wins, then the lower bundle id\\)\\R.*"), lines);

            deploy.remove("high.jar");
            assertTrue(Modules.awaitAbsent(context, Modules.filter(MODULE, "high")), "the high module stayed");
            assertEquals(0, runExpecting("low"), "the lower version takes over when the higher leaves");
        } finally {
            System.setErr(err);
            deploy.remove("low.jar");
            deploy.remove("high.jar");
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
