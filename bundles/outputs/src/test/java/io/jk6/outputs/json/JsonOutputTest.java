package io.jk6.outputs.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import io.jk6.api.output.OutputParams;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonOutputTest {

    static final Metric REQS = new Metric("http_reqs", MetricType.COUNTER, ValueType.DEFAULT);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    private OutputParams params(String argument) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        return new OutputParams() {
            public String outputType() { return "json"; }
            public String configArgument() { return argument; }
            public Optional<String> jsonConfig() { return Optional.empty(); }
            public Map<String, String> environment() { return Map.of(); }
            public PrintStream stdout() { return out; }
            public PrintStream stderr() { return System.err; }
            public Path scriptPath() { return dir.resolve("s.js"); }
            public Path workingDirectory() { return dir; }
            public Map<String, Object> scriptOptions() { return Map.of(); }
            public System.Logger logger() { return System.getLogger("test"); }
        };
    }

    private static void feed(JsonOutput output, int count) throws Exception {
        output.start();
        for (int i = 0; i < count; i++) {
            output.addMetricSamples(List.<SampleContainer>of(new Sample(REQS, TagSet.of("i", "" + i), 0, 1)));
        }
        output.stop(); // no wait: stop must write what is still buffered
    }

    private static List<JsonNode> parse(String text) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : text.split("\n")) {
            nodes.add(mapper.readTree(line));
        }
        return nodes;
    }

    @Test
    void writesEverySampleToTheFileIncludingTheTailAtStop() throws Exception {
        JsonOutput output = new JsonOutput(params("out.json"));
        assertThat(output.description()).isEqualTo("json (out.json)");

        feed(output, 1000);

        List<JsonNode> lines = parse(Files.readString(dir.resolve("out.json")));
        assertThat(lines).hasSize(1 + 1000);
        assertThat(lines.get(0).path("type").asText()).isEqualTo("Metric");
        assertThat(lines.stream().filter(n -> n.path("type").asText().equals("Point"))).hasSize(1000);
        assertThat(lines.get(1000).path("data").path("tags").path("i").asText()).isEqualTo("999");
    }

    @Test
    void aGzNameIsGzipped() throws Exception {
        feed(new JsonOutput(params("out.json.gz")), 10);

        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("out.json.gz")))) {
            assertThat(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))).hasSize(11);
        }
    }

    @Test
    void withoutAFileNameItWritesToStdoutAndLeavesItOpen() throws Exception {
        JsonOutput output = new JsonOutput(params(""));
        assertThat(output.description()).isEqualTo("json(stdout)");

        feed(output, 3);
        new PrintStream(stdout, true, StandardCharsets.UTF_8).print("summary");

        String text = stdout.toString(StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\nsummary");
        assertThat(parse(text.substring(0, text.length() - "summary".length()))).hasSize(4);
    }
}
