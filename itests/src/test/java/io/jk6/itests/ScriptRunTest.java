package io.jk6.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleName;
import io.jk6.launcher.spi.Command;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * {@code jk6 run} through the engine's Command service, in the real framework: a script imports
 * an extension module that another bundle provides; when that bundle stops, the same script
 * fails with k6's script-error exit code.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ScriptRunTest {

    static final long TIMEOUT = 30_000;
    static final String FIXTURE_BUNDLE = "io.jk6.itests.fixture";
    static final String ITEST_FILTER = "(" + ModuleName.PROPERTY + "=k6/x/itest)";

    static final String SCRIPT = """
            import { check } from 'k6';
            import itest from 'k6/x/itest';

            export const options = { thresholds: { checks: ['rate==1'] } };

            export default function () {
              check(itest.greet('jk6'), { 'fixture greets': (v) => v === 'hello jk6' });
            }
            """;

    @InjectBundleContext
    BundleContext context;

    @InjectService(filter = "(" + Command.NAME + "=run)", timeout = TIMEOUT)
    Command run;

    @InjectService(filter = ITEST_FILTER, timeout = TIMEOUT)
    ServiceAware<JsModule> itest;

    @TempDir
    Path tmp;

    @Test
    void scriptCallsAnExtensionModuleFromAnotherBundle() throws Exception {
        Files.writeString(tmp.resolve("script.js"), SCRIPT);
        TestInvocation invocation = runScript();

        int exit = run.execute(invocation);

        String out = invocation.stdout();
        String err = invocation.stderr();
        System.out.println("jk6 run exit " + exit + ", stdout:\n" + out);
        assertEquals(0, exit, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
        // The end-of-test summary: the check (threshold rate==1 held, else exit 99) and 2 iterations.
        assertTrue(out.contains("fixture greets"), () -> "no check in the summary:\n" + out);
        assertTrue(Pattern.compile("iterations\\.*: 2\\b").matcher(out).find(), () -> "not 2 iterations:\n" + out);
        String summary = Files.readString(tmp.resolve("s.json"), StandardCharsets.UTF_8);
        assertTrue(summary.contains("\"fixture greets\""), () -> "no check in --summary-export:\n" + summary);
        assertTrue(Pattern.compile("\"passes\"\\s*:\\s*2\\b").matcher(summary).find(),
                () -> "the check did not pass twice:\n" + summary);
        assertTrue(Pattern.compile("\"fails\"\\s*:\\s*0\\b").matcher(summary).find(),
                () -> "the check failed:\n" + summary);
    }

    @Test
    void scriptFailsWithExit107WhenTheModuleBundleIsStopped() throws Exception {
        Files.writeString(tmp.resolve("script.js"), SCRIPT);
        Bundle fixture = Arrays.stream(context.getBundles())
                .filter(b -> FIXTURE_BUNDLE.equals(b.getSymbolicName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("bundle " + FIXTURE_BUNDLE + " is not installed"));
        assertNotNull(itest.getService(), "k6/x/itest is not there to begin with");
        fixture.stop();
        try {
            assertTrue(itest.isEmpty(), "k6/x/itest is still registered after its bundle stopped");
            TestInvocation invocation = runScript();

            int exit = run.execute(invocation);

            String err = invocation.stderr();
            System.out.println("jk6 run without the fixture bundle: exit " + exit + ", stderr:\n" + err);
            assertEquals(107, exit, () -> "exit code; stdout:\n" + invocation.stdout() + "\nstderr:\n" + err);
            assertTrue(err.contains("unknown module k6/x/itest"), () -> "stderr:\n" + err);
        } finally {
            fixture.start();
            assertNotNull(itest.waitForService(TIMEOUT), "k6/x/itest did not come back after restarting its bundle");
        }
    }

    private TestInvocation runScript() {
        return new TestInvocation(tmp, "-q", "-i", "2", "--summary-export", tmp.resolve("s.json").toString(),
                tmp.resolve("script.js").toString());
    }
}
