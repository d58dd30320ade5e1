package io.jk6.output.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import io.jk6.api.output.Output;
import io.jk6.api.output.OutputParams;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The csv output as k6 users read its file: k6's header, one row per sample, k6's settings. */
class CsvOutputTest {

    private static final String K6_HEADER = "metric_name,timestamp,metric_value,check,error,error_code,"
            + "expected_response,group,method,name,proto,scenario,service,status,subproto,tls_version,url,"
            + "extra_tags,metadata";
    private static final Metric DURATION = new Metric("http_req_duration", MetricType.TREND, ValueType.TIME);
    private static final Metric COUNTER = new Metric("my_counter", MetricType.COUNTER, ValueType.DEFAULT);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    private OutputParams params(String argument, Map<String, String> env, Map<String, Object> scriptOptions) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        return new OutputParams() {
            public String outputType() { return "csv"; }
            public String configArgument() { return argument; }
            public Optional<String> jsonConfig() { return Optional.empty(); }
            public Map<String, String> environment() { return env; }
            public PrintStream stdout() { return out; }
            public PrintStream stderr() { return System.err; }
            public Path scriptPath() { return dir.resolve("s.js"); }
            public Path workingDirectory() { return dir; }
            public Map<String, Object> scriptOptions() { return scriptOptions; }
            public System.Logger logger() { return System.getLogger("test"); }
        };
    }

    private Output output(String argument, Map<String, String> env) {
        return new CsvOutputFactory().create(params(argument, env, Map.of()));
    }

    private static void feed(Output output, List<Sample> samples) throws Exception {
        output.start();
        for (Sample sample : samples) {
            output.addMetricSamples(List.<SampleContainer>of(sample));
        }
        output.stop(); // no wait: stop must write what is still buffered
    }

    @Test
    void writesK6sHeaderAndOneRowPerSampleWithTheOtherTagsInExtraTags() throws Exception {
        Output output = output("results.csv", Map.of());
        assertThat(output.description()).isEqualTo("csv (results.csv)");

        feed(output, List.of(
                new Sample(DURATION, TagSet.of("method", "GET", "status", "200", "url", "http://127.0.0.1/a,b",
                        "scenario", "default", "team", "a"), 1_796_597_275_123L, 12.5),
                new Sample(COUNTER, TagSet.of("kind", "x\"y", "team", "a,b"), 1_796_597_276_000L, 1.5)));

        List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
        assertThat(lines).containsExactly(K6_HEADER,
                "http_req_duration,1796597275,12.500000,,,,,,GET,,,default,,200,,,\"http://127.0.0.1/a,b\",team=a,",
                "my_counter,1796597276,1.500000,,,,,,,,,,,,,,,\"kind=x\"\"y&team=a,b\",");
    }

    @Test
    void rowsReachTheFileEverySaveIntervalNotAsTheSamplesCome() throws Exception {
        Output output = output("fileName=results.csv,saveInterval=1h", Map.of());
        output.start();
        output.addMetricSamples(List.<SampleContainer>of(new Sample(COUNTER, TagSet.empty(), 0, 1)));
        Thread.sleep(500);

        assertThat(Files.readAllLines(dir.resolve("results.csv"))).as("the header only: the hour is not over")
                .containsExactly(K6_HEADER);

        output.stop();
        assertThat(Files.readAllLines(dir.resolve("results.csv"))).as("the end saves the rest")
                .containsExactly(K6_HEADER, "my_counter,0,1.000000,,,,,,,,,,,,,,,,");
    }

    @Test
    void aGzFileIsGzippedAndStdoutTakesTheRowsForDash() throws Exception {
        feed(output("results.csv.gz", Map.of()), List.of(new Sample(COUNTER, TagSet.empty(), 0, 1)));
        feed(output("-", Map.of()), List.of(new Sample(COUNTER, TagSet.empty(), 0, 2)));

        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("results.csv.gz")))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(K6_HEADER + "\nmy_counter,0,1.000000,,,,,,,,,,,,,,,,\n");
        }
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo(K6_HEADER + "\nmy_counter,0,2.000000,,,,,,,,,,,,,,,,\n");
    }

    @Test
    void theArgumentWinsOverK6CsvVariablesWhichWinOverTheDefaults() throws Exception {
        Map<String, String> env = Map.of("K6_CSV_FILENAME", "from-env.csv", "K6_CSV_TIME_FORMAT", "unix_nano");

        feed(output("", env), List.of(new Sample(COUNTER, TagSet.empty(), 1_000L, 1)));
        feed(output("fileName=from-arg.csv,timeFormat=unix_milli,saveInterval=2s", env),
                List.of(new Sample(COUNTER, TagSet.empty(), 1_000L, 1)));
        feed(output("", Map.of()), List.of(new Sample(COUNTER, TagSet.empty(), 1_000L, 1)));

        assertThat(Files.readAllLines(dir.resolve("from-env.csv")).get(1)).startsWith("my_counter,1000000000,");
        assertThat(Files.readAllLines(dir.resolve("from-arg.csv")).get(1)).startsWith("my_counter,1000,");
        assertThat(Files.readAllLines(dir.resolve("file.csv")).get(1)).as("k6's default file and format")
                .startsWith("my_counter,1,");
    }

    @Test
    void theScriptsSystemTagsChooseTheColumnsAndDropTheTagsTurnedOff() throws Exception {
        Output output = new CsvOutputFactory().create(params("tags.csv", Map.of(),
                Map.of("systemTags", List.of("status", "method", "vu"))));

        feed(output, List.of(new Sample(DURATION, TagSet.of("method", "GET", "status", "200", "url", "http://x",
                "vu", "3", "team", "a"), 0, 1)));

        assertThat(Files.readAllLines(dir.resolve("tags.csv"))).containsExactly(
                "metric_name,timestamp,metric_value,method,status,extra_tags,metadata",
                "http_req_duration,0,1.000000,GET,200,team=a&vu=3,");
    }

    @Test
    void badSettingsFailBeforeTheTestNamingTheSetting() {
        assertThatThrownBy(() -> output("fileName=a.csv,colour=red", Map.of()))
                .hasMessage("unknown key \"colour\" as argument for csv output");
        assertThatThrownBy(() -> output("fileName=a.csv,oops", Map.of()))
                .hasMessage("couldn't parse \"fileName=a.csv,oops\" as argument for csv output");
        assertThatThrownBy(() -> output("", Map.of("K6_CSV_TIME_FORMAT", "iso")))
                .hasMessageStartingWith("K6_CSV_TIME_FORMAT: invalid time format \"iso\", use one of unix, unix_milli");
        assertThatThrownBy(() -> output("saveInterval=soon", Map.of()))
                .hasMessageStartingWith("--out csv=saveInterval: invalid duration \"soon\"");
    }
}
