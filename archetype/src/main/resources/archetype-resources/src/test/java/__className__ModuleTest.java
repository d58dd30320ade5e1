package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jk6.testing.ModuleScript;
import io.jk6.testing.RunRecord;
import io.jk6.testing.ScriptRun;
import java.nio.file.Path;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module in jk6's own JS runtime (jk6-testing): as scripts will see it under jk6 run. */
class ${className}ModuleTest {

    /** One VU, its state set by the test: ModuleScript. */
    @Test
    void greetsWithTheVusIdAndIterationAndCountsTheGreeting() throws Exception {
        try (ModuleScript script = new ModuleScript().module("k6/x/${name}", new ${className}Module())) {
            Value init = script.evaluate("""
                    import m from 'k6/x/${name}';
                    export const greeting = m.greet('init');
                    """);
            assertEquals("Hello, init! (init context)", init.getMember("greeting").asString());

            script.vu().startIterations().runningState().vuId(3).iteration(2);
            Value exports = script.evaluate("""
                    import m from 'k6/x/${name}';
                    export const greeting = m.greet('jk6');
                    """);

            assertEquals("Hello, jk6! (VU 3, iteration 2)", exports.getMember("greeting").asString());
            assertEquals(1, script.vu().samples(${className}Module.GREETINGS).size());
        }
    }

    /** A whole run, several VUs and iterations: ScriptRun, as jk6 run runs the script. */
    @Test
    void everyIterationOfARunGreets(@TempDir Path dir) throws Exception {
        RunRecord run = ScriptRun.of(dir, """
                        import m from 'k6/x/${name}';
                        export const options = { vus: 2, iterations: 6 };
                        export default function () { console.log(m.greet('run')); }
                        """)
                .module("k6/x/${name}", new ${className}Module())
                .run();

        assertEquals(0, run.exitCode(), run.log());
        assertEquals(6, run.samples(${className}Module.GREETINGS).size());
        assertEquals(6, run.log().lines().filter(l -> l.contains("Hello, run! (VU ")).count(), run.log());
    }
}
