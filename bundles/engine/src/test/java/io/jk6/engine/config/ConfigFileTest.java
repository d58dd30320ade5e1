package io.jk6.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    @TempDir
    Path dir;

    private OptionLayer read(String json, List<String> errors) throws IOException {
        Path file = dir.resolve("config.json");
        Files.writeString(file, json);
        return ConfigFile.read(file, "config.json", errors);
    }

    @Test
    void readsK6OptionsAtTheTopLevel() throws IOException {
        List<String> errors = new ArrayList<>();
        OptionLayer o = read("""
                { "vus": 5, "duration": "10s", "tags": { "env": "ci" },
                  "thresholds": { "http_req_failed": ["rate<0.01"] },
                  "summaryTrendStats": ["avg", "p(99)"], "setupTimeout": "90s", "noConnectionReuse": true }
                """, errors);
        assertThat(errors).isEmpty();
        assertThat(o.vus()).isEqualTo(5);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.tags()).containsEntry("env", "ci");
        assertThat(o.thresholds()).containsKey("http_req_failed");
        assertThat(o.summaryTrendStats()).containsExactly("avg", "p(99)");
        assertThat(o.test().setupTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(o.test().noConnectionReuse()).isTrue();
    }

    @Test
    void namesTheFileInEveryProblem() throws IOException {
        List<String> errors = new ArrayList<>();
        read("{ \"vus\": \"many\", \"setupTimeout\": \"x\", \"summaryTrendStats\": [\"p(200)\"] }", errors);
        assertThat(errors).containsExactlyInAnyOrder(
                "config.json: vus: must be a whole number, got \"many\"",
                "config.json: setupTimeout: invalid duration \"x\" (expected e.g. 30s, 1m30s, 500ms)",
                "config.json: summaryTrendStats: stat 'p(200)' asks for a percentile above 100");
    }

    @Test
    void brokenJsonAndMissingFilesAreConfigErrors() throws IOException {
        List<String> errors = new ArrayList<>();
        read("{ \"vus\": 1,", errors);
        ConfigFile.read(dir.resolve("nope.json"), "nope.json", errors);
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith("--config: config.json is not valid JSON").contains("line 1");
        assertThat(errors.get(1)).isEqualTo("--config: the config file \"nope.json\" does not exist");
    }

    @Test
    void collectorsAreEachOutputsRawJsonByName() throws IOException {
        Path file = dir.resolve("config.json");
        Files.writeString(file, """
                { "vus": 2,
                  "collectors": { "influxdb": {"db": "k6",  "concurrentWrites": [1, {"x": null}]},
                                  "logger": "text", "none": null },
                  "duration": "1s" }
                """);
        List<String> errors = new ArrayList<>();

        ConfigFile.Contents contents = ConfigFile.load(file, "config.json", errors);

        assertThat(errors).isEmpty();
        assertThat(contents.options().vus()).isEqualTo(2);
        assertThat(contents.outputConfigs()).containsExactly(
                java.util.Map.entry("influxdb", "{\"db\": \"k6\",  \"concurrentWrites\": [1, {\"x\": null}]}"),
                java.util.Map.entry("logger", "\"text\""), java.util.Map.entry("none", "null"));
    }

    @Test
    void collectorsThatAreNoObjectAreAProblem() throws IOException {
        List<String> errors = new ArrayList<>();
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{ \"collectors\": [1] }");

        assertThat(ConfigFile.load(file, "config.json", errors).outputConfigs()).isEmpty();
        assertThat(errors).containsExactly("config.json: collectors: must be an object of each output's configuration"
                + " by output name, got an array");
    }
}
