package io.jk6.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.js.SharedJsEngine;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.RunOutcome;
import io.jk6.launcher.spi.Invocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one loading path of run, archive and inspect: k6's layers, k6's errors, all problems at once. */
class TestLoaderTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    private TestLoader loader(Map<String, String> environment) {
        Invocation invocation = new Invocation() {
            private final PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);

            public List<String> args() {
                return List.of();
            }

            public PrintStream out() {
                return stream;
            }

            public PrintStream err() {
                return stream;
            }

            public boolean isTerminal() {
                return false;
            }

            public Map<String, String> environment() {
                return environment;
            }

            public Path workingDirectory() {
                return dir;
            }

            public void onInterrupt(Runnable action) {
            }
        };
        return new TestLoader(invocation, JS.engine(), new RunLog(invocation.err(), true));
    }

    private Path script() throws Exception {
        return Files.writeString(dir.resolve("test.js"), "export default function () {}\n");
    }

    @Test
    void aMissingScriptFailsAsK6DoesNamingWhereItWasLookedFor() {
        assertThatThrownBy(() -> loader(Map.of()).script(Path.of("nope.js"), false).load())
                .isInstanceOfSatisfying(TestLoader.LoadFailure.class, failure -> {
                    assertThat(failure.outcome().exitCode()).isEqualTo(255);
                    assertThat(failure.outcome().reason()).contains("The script \"nope.js\" couldn't be found on local disk")
                            .contains(dir.toString());
                });
    }

    @Test
    void everyProblemIsReportedAtOnceWithTheOptionItCameFrom() throws Exception {
        script();
        TestLoader loader = loader(Map.of("K6_VUS", "many"));
        loader.problems().add("--summary-mode: invalid summary mode \"short\"");

        assertThatThrownBy(() -> loader.script(Path.of("test.js"), false).environment(false, List.of("NOVALUE"))
                .configFile("missing.json").compatibilityMode("strict").load())
                .isInstanceOfSatisfying(TestLoader.LoadFailure.class, failure -> {
                    assertThat(failure.outcome().exitCode()).isEqualTo(104);
                    assertThat(((RunOutcome.InvalidOptions) failure.outcome()).problems())
                            .anyMatch(p -> p.startsWith("--summary-mode"))
                            .anyMatch(p -> p.startsWith("--env"))
                            .anyMatch(p -> p.contains("missing.json"))
                            .anyMatch(p -> p.startsWith("K6_VUS"))
                            .anyMatch(p -> p.startsWith("--compatibility-mode"));
                });
    }

    @Test
    void flagsWinOverK6VariablesAndTheConfigFileStaysBelowTheScript() throws Exception {
        script();
        Files.writeString(dir.resolve("config.json"),
                "{\"vus\": 3, \"duration\": \"5s\", \"collectors\": {\"influxdb\": {\"db\": \"k6\"}}}");

        LoadedTest test = loader(Map.of("K6_VUS", "5", "K6_ITERATIONS", "9")).script(Path.of("test.js"), false)
                .configFile("config.json").flags(problems -> new OptionLayer(7, null, null, null, null, null, null))
                .load();

        assertThat(test.fromConfigFile().vus()).isEqualTo(3);
        assertThat(test.higher().vus()).as("the flag over K6_VUS").isEqualTo(7);
        assertThat(test.higher().iterations()).isEqualTo(9);
        assertThat(test.script().script()).isEqualTo(dir.resolve("test.js"));
        assertThat(test.compatibilityMode()).isEqualTo("extended");
        assertThat(test.outputConfigs()).as("what outputs get as jsonConfig()")
                .containsExactly(Map.entry("influxdb", "{\"db\": \"k6\"}"));
    }

    @Test
    void theSystemEnvironmentIsInEnvOnlyWhenAskedAndEnvFlagsWin() throws Exception {
        script();
        Map<String, String> system = Map.of("HOME", "/home/k6", "TARGET", "system");

        LoadedTest withSystem = loader(system).script(Path.of("test.js"), false)
                .environment(true, List.of("TARGET=flag")).load();
        LoadedTest without = loader(system).script(Path.of("test.js"), false)
                .environment(false, List.of("TARGET=flag")).load();

        assertThat(withSystem.env()).containsEntry("HOME", "/home/k6").containsEntry("TARGET", "flag");
        assertThat(without.env()).isEqualTo(Map.of("TARGET", "flag"));
        assertThat(withSystem.includeSystemEnv()).isTrue();
        assertThat(without.includeSystemEnv()).isFalse();
    }
}
