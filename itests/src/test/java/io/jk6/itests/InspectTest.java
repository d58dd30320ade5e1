package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** {@code jk6 inspect script.js}: k6's options JSON on stdout, k6's exit codes for bad scripts. */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class InspectTest {

    @InjectService(filter = "(" + Command.NAME + "=inspect)", timeout = 30_000)
    Command inspect;

    @InjectService(filter = "(" + Command.NAME + "=archive)", timeout = 30_000)
    Command archive;

    @TempDir
    Path dir;

    @Test
    void printsTheOptionsAsK6InspectDoesWithFlagsOverEnvironmentOverScript() throws Exception {
        Scripts.write(dir, "script.js", """
                export const options = {
                  vus: 2, duration: '1m', setupTimeout: '90s', tags: { team: 'a' },
                  thresholds: { http_req_duration: ['p(95)<500'] },
                };
                export default function () { }
                """);

        var result = jk6(inspect, "-d", "20s", "script.js").in(dir).env("K6_VUS", "5").env("K6_DURATION", "7s").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode options = new ObjectMapper().readTree(result.stdout());
        List<String> fields = new ArrayList<>();
        options.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as("k6's lib.Options fields, in k6's order").startsWith("paused", "vus", "duration",
                "iterations", "stages", "scenarios").contains("thresholds", "tags", "discardResponseBodies").hasSize(39);
        assertThat(options.get("vus").asInt()).as("K6_VUS over the script").isEqualTo(5);
        assertThat(options.get("duration").asText()).as("the flag over K6_DURATION").isEqualTo("20s");
        assertThat(options.get("setupTimeout").asText()).isEqualTo("1m30s");
        assertThat(options.get("paused").isNull()).isTrue();
        assertThat(options.get("tags").get("team").asText()).isEqualTo("a");
        // Go's encoder escapes < as \u003c; k6 prints the same bytes
        assertThat(result.stdout()).contains("\"p(95)\\u003c500\"").startsWith("{\n  \"paused\": null,\n  \"vus\": 5,");
    }

    @Test
    void executionRequirementsAddTotalDurationAndMaxVUs() throws Exception {
        Scripts.write(dir, "script.js", """
                export const options = { stages: [{ duration: '10s', target: 4 }, { duration: '20s', target: 0 }] };
                export default function () { }
                """);

        var result = jk6(inspect, "--execution-requirements", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode options = new ObjectMapper().readTree(result.stdout());
        assertThat(options.get("maxVUs").asInt()).isEqualTo(4);
        assertThat(options.get("totalDuration").asText()).as("30s of stages and the 30s graceful ramp-down").isEqualTo("1m0s");
        assertThat(options.get("stages").get(1).get("duration").asText()).isEqualTo("20s");
    }

    @Test
    void anArchiveIsInspectedWithTheOptionsFrozenInIt() throws Exception {
        // what k6-operator's initializer does: archive, then inspect the archive
        Scripts.write(dir, "script.js", """
                export const options = { vus: 2, duration: '10s' };
                export default function () { }
                """);
        var archived = jk6(archive, "--vus", "6", "-O", "test.archived.tar", "script.js").in(dir).run();
        assertThat(archived.exitCode()).as(archived.toString()).isZero();

        var result = jk6(inspect, "--execution-requirements", "test.archived.tar").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode options = new ObjectMapper().readTree(result.stdout());
        assertThat(options.get("vus").asInt()).as("the archive's --vus").isEqualTo(6);
        assertThat(options.get("maxVUs").asInt()).isEqualTo(6);
        assertThat(options.get("totalDuration").asText()).as("10s and the 30s graceful stop").isEqualTo("40s");
    }

    @Test
    void aScriptErrorExits107AndInvalidOptions104() {
        Scripts.write(dir, "syntax.js", "export default function ( {\n");
        Scripts.write(dir, "throws.js", "throw new Error('boom in init');\nexport default function () { }\n");
        Scripts.write(dir, "options.js", "export const options = { duration: 'soon' };\nexport default function () { }\n");

        var syntax = jk6(inspect, "syntax.js").in(dir).run();
        var thrown = jk6(inspect, "throws.js").in(dir).run();
        var options = jk6(inspect, "options.js").in(dir).run();
        var missing = jk6(inspect, "nothing.js").in(dir).run();

        assertThat(syntax.exitCode()).as(syntax.toString()).isEqualTo(107);
        assertThat(syntax.stderr()).contains("SyntaxError").contains("syntax.js:");
        assertThat(thrown.exitCode()).as(thrown.toString()).isEqualTo(107);
        assertThat(thrown.stderr()).contains("boom in init").contains("throws.js:1");
        assertThat(options.exitCode()).as(options.toString()).isEqualTo(104);
        assertThat(options.stderr()).contains("options.duration").contains("soon");
        assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(255);
        assertThat(missing.stderr()).contains("couldn't be found");
        assertThat(syntax.stdout() + thrown.stdout() + options.stdout()).as("no JSON for a bad script").isBlank();
    }

    @Test
    void badExecutionSegmentsExit104InK6sWordsAndGoodOnesScaleTheRequirements() throws Exception {
        Scripts.write(dir, "script.js", """
                export const options = { scenarios: { a: { executor: 'constant-vus', vus: 10, duration: '90s' } } };
                export default function () { }
                """);
        Scripts.write(dir, "options.js", """
                export const options = { vus: 2, duration: '1s', executionSegment: '55%:50%' };
                export default function () { }
                """);
        String[][] bad = {
            {"--execution-segment", "125%"}, {"--execution-segment", "1a5"},
            {"--execution-segment-sequence", "0,1/2,1/3,1"}, {"--execution-segment-sequence", "0.5"},
            {"--execution-segment", "0:1/3", "--execution-segment-sequence", "0,1/2,1"},
        };
        String[] why = {"segment end value can't be more than 1 but was 1.25",
            "'1a5' is not a valid percentage, decimal, fraction or interval value",
            "segment start(0.50) must be less than its end(0.33)",
            "at least 2 points are needed for an execution segment sequence, 1 given",
            "provided segment 0:1/3 can't be found in sequence 0,1/2,1"};
        for (int i = 0; i < bad.length; i++) {
            List<String> args = new ArrayList<>(List.of("--execution-requirements"));
            args.addAll(List.of(bad[i]));
            args.add("script.js");
            var result = jk6(inspect, args.toArray(String[]::new)).in(dir).run();
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(104);
            assertThat(result.stderr()).contains(why[i]);
            assertThat(result.stdout()).isBlank();
        }
        var inScript = jk6(inspect, "options.js").in(dir).run();
        assertThat(inScript.exitCode()).as(inScript.toString()).isEqualTo(104);
        assertThat(inScript.stderr()).contains("options.executionSegment: segment start(0.55) must be less than its end(0.50)");

        int maxVUs = 0;
        for (String segment : List.of("0:1/3", "1/3:2/3", "2/3:1")) {
            var part = jk6(inspect, "--execution-requirements", "--execution-segment", segment,
                    "--execution-segment-sequence", "0,2/6,4/6,1", "script.js").in(dir).run();
            assertThat(part.exitCode()).as(part.toString()).isZero();
            JsonNode options = new ObjectMapper().readTree(part.stdout());
            assertThat(options.get("executionSegmentSequence").asText()).as("k6's form").isEqualTo("0,1/3,2/3,1");
            assertThat(options.get("totalDuration").asText()).isEqualTo("2m0s");
            maxVUs += options.get("maxVUs").asInt();
        }
        assertThat(maxVUs).as("10 VUs: 4, 3 and 3").isEqualTo(10);
    }
}
