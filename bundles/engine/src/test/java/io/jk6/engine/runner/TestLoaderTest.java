package io.jk6.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.api.runner.OptionFlag;
import io.jk6.api.runner.RunSettings;
import io.jk6.api.runner.TestRequest;
import io.jk6.engine.js.SharedJsEngine;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.RunOutcome;
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

/** The one loading path of every command: k6's layers, k6's errors, all problems at once. */
class TestLoaderTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    private TestRequest.Builder request(Map<String, String> environment, String script) {
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        return TestRequest.builder(Path.of(script), dir, environment, stream, stream);
    }

    private LoadedScript load(TestRequest.Builder request) throws TestLoader.LoadFailure {
        TestRequest built = request.build();
        return new TestLoader(built, JS.engine(), new RunLog(built.err(), true)).load();
    }

    private Path script() throws Exception {
        return Files.writeString(dir.resolve("test.js"), "export default function () {}\n");
    }

    @Test
    void aMissingScriptFailsAsK6DoesNamingWhereItWasLookedFor() {
        assertThatThrownBy(() -> load(request(Map.of(), "nope.js")))
                .isInstanceOfSatisfying(TestLoader.LoadFailure.class, failure -> {
                    assertThat(failure.outcome().exitCode()).isEqualTo(255);
                    assertThat(failure.outcome().reason()).contains("The script \"nope.js\" couldn't be found on local disk")
                            .contains(dir.toString());
                });
    }

    @Test
    void everyProblemIsReportedAtOnceWithTheOptionItCameFrom() throws Exception {
        script();
        assertThatThrownBy(() -> load(request(Map.of("K6_VUS", "many"), "test.js").includeSystemEnv(false)
                .env(List.of("NOVALUE")).configFile("missing.json").compatibilityMode("strict")
                .run(RunSettings.builder().summaryMode("short").build())))
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

        LoadedScript test = load(request(Map.of("K6_VUS", "5", "K6_ITERATIONS", "9"), "test.js")
                .configFile("config.json").options(List.of(new OptionFlag("vus", "7", "--vus"))));

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

        LoadedScript withSystem = load(request(system, "test.js").includeSystemEnv(true).env(List.of("TARGET=flag")));
        LoadedScript without = load(request(system, "test.js").includeSystemEnv(false).env(List.of("TARGET=flag")));

        assertThat(withSystem.env()).containsEntry("HOME", "/home/k6").containsEntry("TARGET", "flag");
        assertThat(without.env()).isEqualTo(Map.of("TARGET", "flag"));
        assertThat(withSystem.includeSystemEnv()).isTrue();
        assertThat(without.includeSystemEnv()).isFalse();
    }
}
