package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.TestTarget;
import io.jk6.testing.run.WebSocketEcho;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Runs every k6-style script in the repository's {@code compat/scenarios} folder with {@code jk6 run
 * --summary-export} (the engine's run command in this framework) against the test server
 * ({@code __ENV.BASE_URL}) and checks the facts its sidecar {@code NAME.expected.json} states (format:
 * compat/scenarios/README.md). Adding a script and its sidecar adds a test: no Java change. The scripts of
 * {@code compat/ws}, k6's WebSocket examples, run the same way against a WebSocket echo server
 * ({@code __ENV.WS_URL}), and those of {@code compat/grpc}, k6's gRPC examples, against a route guide server
 * ({@code __ENV.GRPC_ADDR}, {@code __ENV.GRPC_PROTO_PATH}).
 */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class CompatSuiteTest {

    static final Path COMPAT = Compat.folder("scenarios");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    @RegisterExtension
    static final WebSocketEcho echo = new WebSocketEcho();

    @RegisterExtension
    static final RouteGuideServer routeGuide = new RouteGuideServer();

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyCompatScriptMeetsItsExpectedFacts() throws IOException {
        return everyScriptOf(COMPAT);
    }

    @TestFactory
    Stream<DynamicTest> everyWebSocketScriptMeetsItsExpectedFacts() throws IOException {
        return everyScriptOf(Compat.folder("ws"));
    }

    @TestFactory
    Stream<DynamicTest> everyGrpcScriptMeetsItsExpectedFacts() throws IOException {
        return everyScriptOf(Compat.folder("grpc"));
    }

    private Stream<DynamicTest> everyScriptOf(Path folder) throws IOException {
        List<Path> scripts = Compat.scripts(folder);
        assertThat(scripts).as("scripts in %s", folder).isNotEmpty();
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(),
                script.toUri(), () -> check(script)));
    }

    private void check(Path script) throws IOException {
        String name = script.getFileName().toString().replaceFirst("\\.js$", "");
        Path sidecar = script.resolveSibling(name + ".expected.json");
        assertThat(sidecar).as("every compat script states its expected facts").isRegularFile();
        JsonNode expected = MAPPER.readTree(Files.readString(sidecar));
        Path work = Files.createDirectories(dir.resolve(name));
        Path export = work.resolve("summary.json");

        List<String> args = new ArrayList<>(List.of("--summary-export", export.toString()));
        expected.path("args").forEach(a -> args.add(a.asText()));
        args.add(script.toString());
        Jk6Run jk6 = jk6(run, args.toArray(String[]::new)).in(work).env("BASE_URL", target.baseUrl())
                .env("WS_URL", echo.url()).env("GRPC_ADDR", routeGuide.address())
                .env("GRPC_PROTO_PATH", Compat.folder("grpc").resolve("route_guide.proto").toString());
        var result = assertTimeoutPreemptively(Duration.ofSeconds(expected.path("timeoutSeconds").asInt(90)), jk6::run,
                () -> name + " ran past its timeoutSeconds");

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(result.exitCode()).as("exit code\n%s", result).isEqualTo(expected.path("exitCode").asInt(0));
        expected.path("output").forEach(text -> soft.assertThat(result.output()).as("output of %s", name)
                .contains(text.asText()));
        expected.path("outputLacks").forEach(text -> soft.assertThat(result.output()).as("output of %s", name)
                .doesNotContain(text.asText()));
        if (expected.has("metrics") || expected.has("checks") || expected.has("sums")) {
            assertThat(export).as("summary export\n%s", result).isRegularFile();
            JsonNode summary = MAPPER.readTree(Files.readString(export));
            for (Map.Entry<String, JsonNode> metric : expected.path("metrics").properties()) {
                JsonNode actual = summary.path("metrics").path(metric.getKey());
                if (metric.getValue().isNull()) {
                    soft.assertThat(actual.isMissingNode()).as("metrics.%s is absent", metric.getKey()).isTrue();
                    continue;
                }
                facts(soft, "metrics." + metric.getKey(), metric.getValue(), actual, result);
            }
            for (JsonNode sum : expected.path("sums")) {
                double total = 0;
                for (JsonNode field : sum.path("of")) {
                    String path = field.asText();
                    int dot = path.lastIndexOf('.');
                    total += summary.path("metrics").path(path.substring(0, dot)).path(path.substring(dot + 1)).asDouble(0);
                }
                soft.assertThat(total).as("sum of %s (a missing metric counts 0)\n%s", sum.path("of"), result)
                        .isEqualTo(sum.path("equals").asDouble());
            }
            for (Map.Entry<String, JsonNode> check : expected.path("checks").properties()) {
                JsonNode actual = findCheck(summary.path("root_group"), check.getKey());
                facts(soft, "check \"" + check.getKey() + "\"", check.getValue(), actual, result);
            }
        }
        soft.assertAll();
    }

    /** Each field: a number is exact, {@code [min, max]} a range (inclusive). */
    private static void facts(SoftAssertions soft, String what, JsonNode expected, JsonNode actual, Object result) {
        for (Map.Entry<String, JsonNode> fact : expected.properties()) {
            JsonNode value = actual.path(fact.getKey());
            String desc = what + "." + fact.getKey() + " (in " + actual + ")";
            if (!value.isNumber()) {
                soft.fail("%s is not a number\n%s", desc, result);
            } else if (fact.getValue().isArray()) {
                soft.assertThat(value.asDouble()).as(desc).isBetween(fact.getValue().get(0).asDouble(),
                        fact.getValue().get(1).asDouble());
            } else {
                soft.assertThat(value.asDouble()).as(desc).isEqualTo(fact.getValue().asDouble());
            }
        }
    }

    /** A check by name in the group or any of its sub-groups. */
    private static JsonNode findCheck(JsonNode group, String name) {
        JsonNode check = group.path("checks").path(name);
        if (!check.isMissingNode()) {
            return check;
        }
        for (JsonNode sub : group.path("groups")) {
            JsonNode found = findCheck(sub, name);
            if (!found.isMissingNode()) {
                return found;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
