package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jk6.testing.RunRecord;
import io.jk6.testing.ScriptRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output in a real run of jk6's engine (jk6-testing's ScriptRun): created, started, fed the run's
 * samples and stopped as under {@code jk6 run --out ${name}}.
 */
class ${className}OutputTest {

    @TempDir
    Path dir;

    @Test
    void printsTheCountOfEverySampleTheRunHandedIt() throws Exception {
        RunRecord run = ScriptRun.of(dir, """
                        export const options = { vus: 2, iterations: 4, thresholds: { iterations: ['count==4'] } };
                        export default function () {}
                        """)
                .output("${name}", new ${className}OutputFactory())
                .run();

        assertEquals(0, run.exitCode(), run.log());
        assertEquals(4, run.samples("iterations").size());
        assertTrue(run.stdout().startsWith("${name}: " + run.samples().size() + " samples: "), run.stdout());
        assertTrue(run.stdout().contains(" iterations=4"), run.stdout());
    }

    @Test
    void anArgumentIsRefusedBeforeTheTest() {
        Exception refused = assertThrows(Exception.class, ScriptRun.of(dir, "export default function () {}")
                .output("${name}=what", new ${className}OutputFactory())::run);
        assertTrue(refused.getMessage().contains("${name} takes no argument, not 'what'"), refused.getMessage());
    }
}
