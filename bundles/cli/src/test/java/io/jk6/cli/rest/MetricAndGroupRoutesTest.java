package io.jk6.cli.rest;

import static io.jk6.cli.rest.LiveTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.engine.js.SharedJsEngine;
import io.jk6.engine.metrics.MetricsEngine;
import io.jk6.engine.run.ExecutionStatus;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /v1/metrics}, {@code /v1/groups} and the Prometheus {@code /metrics} of a real running
 * test, with samples pushed into its metrics as VUs push them.
 */
class MetricAndGroupRoutesTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    /** A test that runs (no VU looping) until stopped, with a threshold the samples below break. */
    private static final String IDLE = """
            export const options = {
              scenarios: { ext: { executor: 'externally-controlled', vus: 0, maxVUs: 1, duration: '60s' } },
              thresholds: { http_reqs: ['count<2'] },
            };
            export default function () {}
            """;

    @TempDir
    Path dir;

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    private static void push(MetricsEngine metrics, String name, double value, String... tags) {
        Metric metric = metrics.metric(name).orElseThrow();
        metrics.ingest(List.of(new Sample(metric, TagSet.of(tags), System.currentTimeMillis(), value)));
    }

    @Test
    void metricsAreK6sJsonApiDocumentsWithThresholdsAsTainted() throws Exception {
        try (LiveTest test = new LiveTest(JS, dir, IDLE, run -> { })) {
            await("running", () -> test.run.execution().status() == ExecutionStatus.RUNNING);
            assertThat(test.get("/v1/metrics/http_reqs").statusCode()).as("no samples yet").isEqualTo(404);
            MetricsEngine metrics = test.run.metrics();
            push(metrics, "http_reqs", 1, "status", "200");
            push(metrics, "http_reqs", 2, "status", "200");
            push(metrics, "http_req_duration", 12.5, "expected_response", "true");
            push(metrics, "http_req_duration", 0.25, "expected_response", "false");
            push(metrics, "checks", 1);

            HttpResponse<String> reqs = test.get("/v1/metrics/http_reqs");
            assertThat(reqs.statusCode()).isEqualTo(200);
            assertThat(reqs.body()).startsWith("{\"data\":{\"type\":\"metrics\",\"id\":\"http_reqs\",\"attributes\":"
                    + "{\"type\":\"counter\",\"contains\":\"default\",\"tainted\":true,\"sample\":{\"count\":3,\"rate\":");
            assertThat(test.get("/v1/metrics/http_req_duration").body()).endsWith("\"attributes\":{\"type\":\"trend\","
                    + "\"contains\":\"time\",\"tainted\":null,\"sample\":{\"avg\":6.375,\"max\":12.5,\"med\":6.375,"
                    + "\"min\":0.25,\"p(90)\":11.275,\"p(95)\":11.8875}}}}");
            assertThat(test.get("/v1/metrics/http_req_duration%7Bexpected_response:true%7D").body())
                    .contains("\"id\":\"http_req_duration{expected_response:true}\"").contains("\"max\":12.5,");
            assertThat(test.get("/v1/metrics/checks").body()).contains("\"sample\":{\"rate\":1}");
            assertThat(test.get("/v1/status").body()).as("a failing threshold taints the test")
                    .contains("\"tainted\":true");

            String all = test.get("/v1/metrics").body();
            assertThat(all).startsWith("{\"data\":[{\"type\":\"metrics\",\"id\":");
            for (String id : List.of("http_reqs", "http_req_duration", "checks", "vus", "vus_max")) {
                assertThat(all).contains("\"id\":\"" + id + "\"");
            }
            HttpResponse<String> missing = test.get("/v1/metrics/nope");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).isEqualTo("{\"errors\":[{\"status\":\"404\",\"title\":\"Not Found\","
                    + "\"detail\":\"No metric with that ID was found\"}]}");
        }
    }

    @Test
    void prometheusTextNamesMetricsAsK6sRemoteWriteOutput() throws Exception {
        try (LiveTest test = new LiveTest(JS, dir, IDLE, run -> { })) {
            await("running", () -> test.run.execution().status() == ExecutionStatus.RUNNING);
            MetricsEngine metrics = test.run.metrics();
            push(metrics, "http_reqs", 3);
            push(metrics, "http_req_duration", 12.5, "expected_response", "true");
            push(metrics, "checks", 1);
            push(metrics, "checks", 0);

            HttpResponse<String> text = test.get("/metrics");
            assertThat(text.statusCode()).isEqualTo(200);
            assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(text.body())
                    .contains("# TYPE k6_http_reqs_total counter\nk6_http_reqs_total 3\n")
                    .contains("# TYPE k6_checks_rate gauge\nk6_checks_rate 0.5\n")
                    .contains("# TYPE k6_http_req_duration_p95 gauge\nk6_http_req_duration_p95 12.5\n"
                            + "k6_http_req_duration_p95{expected_response=\"true\"} 12.5\n")
                    .contains("k6_http_req_duration_p99 12.5\n")
                    .containsPattern("(?m)^# TYPE k6_vus gauge\nk6_vus \\d+$");
            for (String line : text.body().split("\n")) {
                assertThat(line).as("a Prometheus text line").matches(
                        "# (HELP|TYPE) [a-zA-Z_][a-zA-Z0-9_]* .+|[a-zA-Z_][a-zA-Z0-9_]*(\\{[a-zA-Z_]+=\"[^\"]*\"})? \\S+");
            }
        }
    }

    @Test
    void groupsCarryK6sMd5IdsChecksAndRelations() throws Exception {
        try (LiveTest test = new LiveTest(JS, dir, IDLE, run -> { })) {
            await("running", () -> test.run.execution().status() == ExecutionStatus.RUNNING);
            MetricsEngine metrics = test.run.metrics();
            push(metrics, "group_duration", 5, "group", "::login::step");
            push(metrics, "group_duration", 7, "group", "::login");
            push(metrics, "checks", 1, "group", "::login", "check", "ok");
            push(metrics, "checks", 1, "group", "::login", "check", "ok");
            push(metrics, "checks", 0, "group", "::login", "check", "ok");

            String root = "d41d8cd98f00b204e9800998ecf8427e";
            String login = "a7d10b3a6c9a385ee254f0dbc7f9c8c9";
            String step = "6e4860120dbc91125e0eb46460ee216f";
            HttpResponse<String> groups = test.get("/v1/groups");
            assertThat(groups.statusCode()).isEqualTo(200);
            assertThat(groups.body()).isEqualTo("{\"data\":["
                    + "{\"type\":\"groups\",\"id\":\"" + root + "\",\"attributes\":{\"path\":\"\",\"name\":\"\",\"checks\":null},"
                    + "\"relationships\":{\"groups\":{\"data\":[{\"type\":\"groups\",\"id\":\"" + login + "\"}]},"
                    + "\"parent\":{\"data\":null}}},"
                    + "{\"type\":\"groups\",\"id\":\"" + login + "\",\"attributes\":{\"path\":\"::login\",\"name\":\"login\","
                    + "\"checks\":[{\"id\":\"041b84a4072c4c31281dcfa717e0f948\",\"path\":\"::login::ok\",\"name\":\"ok\","
                    + "\"passes\":2,\"fails\":1}]},"
                    + "\"relationships\":{\"groups\":{\"data\":[{\"type\":\"groups\",\"id\":\"" + step + "\"}]},"
                    + "\"parent\":{\"data\":{\"type\":\"groups\",\"id\":\"" + root + "\"}}}},"
                    + "{\"type\":\"groups\",\"id\":\"" + step + "\",\"attributes\":{\"path\":\"::login::step\",\"name\":\"step\","
                    + "\"checks\":null},\"relationships\":{\"groups\":{\"data\":[]},"
                    + "\"parent\":{\"data\":{\"type\":\"groups\",\"id\":\"" + login + "\"}}}}]}");
            assertThat(test.get("/v1/groups/" + step).body()).startsWith("{\"data\":{\"type\":\"groups\",\"id\":\"" + step);
            assertThat(test.get("/v1/groups/nope").body()).contains("No group with that ID was found");
        }
    }

    @Test
    void wrongMethodsAre405AndUnknownPaths404WithErrorDocuments() throws Exception {
        try (LiveTest test = new LiveTest(JS, dir, IDLE, run -> { })) {
            HttpResponse<String> post = test.request("POST", "/v1/metrics", "{}");
            assertThat(post.statusCode()).isEqualTo(405);
            assertThat(post.headers().firstValue("Allow")).hasValue("GET");
            assertThat(post.body()).startsWith("{\"errors\":[{\"status\":\"405\",\"title\":\"Method Not Allowed\"");
            HttpResponse<String> delete = test.request("DELETE", "/v1/status", null);
            assertThat(delete.statusCode()).isEqualTo(405);
            assertThat(delete.headers().firstValue("Allow")).hasValue("GET, PATCH");
            assertThat(test.get("/v1/nothing").statusCode()).isEqualTo(404);
            assertThat(test.get("/v1/setup").statusCode()).isEqualTo(501);
            assertThat(test.get("/ping").body()).isEqualTo("ok");
            List<String> statuses = new ArrayList<>();
            for (String path : List.of("/v1/status", "/v1/metrics", "/v1/groups", "/metrics")) {
                statuses.add(path + " " + test.get(path).statusCode());
            }
            assertThat(statuses).containsExactly("/v1/status 200", "/v1/metrics 200", "/v1/groups 200", "/metrics 200");
        }
    }
}
