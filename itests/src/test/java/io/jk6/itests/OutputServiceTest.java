package io.jk6.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jk6.api.output.OutputFactory;
import io.jk6.api.output.OutputName;
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
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Outputs are services: the outputs bundle publishes an {@link OutputFactory} named {@code json},
 * and {@code jk6 run --out json=...} finds it through the engine's registry and writes k6's JSON
 * lines.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class OutputServiceTest {

    static final long TIMEOUT = 30_000;

    @InjectService(filter = "(" + OutputName.PROPERTY + "=json)", timeout = TIMEOUT)
    ServiceAware<OutputFactory> json;

    @InjectService(filter = "(" + Command.NAME + "=run)", timeout = TIMEOUT)
    Command run;

    @TempDir
    Path tmp;

    @Test
    void runWithOutJsonUsesTheOutputFactoryServiceOfTheOutputsBundle() throws Exception {
        ServiceReference<OutputFactory> ref = json.getServiceReference();
        assertNotNull(ref, "no OutputFactory service named json");
        assertEquals("io.jk6.outputs", ref.getBundle().getSymbolicName());
        Files.writeString(tmp.resolve("script.js"), "export default function () {}\n");
        TestInvocation invocation = new TestInvocation(tmp, "-i", "3", "--out", "json=out.json",
                tmp.resolve("script.js").toString());

        int exit = run.execute(invocation);

        String out = invocation.stdout();
        assertEquals(0, exit, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + invocation.stderr());
        assertTrue(out.contains("output: json (out.json)"), () -> "banner:\n" + out);
        List<String> lines = Files.readAllLines(tmp.resolve("out.json"), StandardCharsets.UTF_8);
        long iterationPoints = lines.stream()
                .filter(l -> l.startsWith("{\"type\":\"Point\"") && l.endsWith("\"metric\":\"iterations\"}")).count();
        assertEquals(3, iterationPoints, () -> "iterations points in out.json:\n" + String.join("\n", lines));
    }
}
