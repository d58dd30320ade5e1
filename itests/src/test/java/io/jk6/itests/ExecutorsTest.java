package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.TestTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Executors over time, seen through k6's json output ({@code --out json}): the {@code vus}
 * samples of a ramp, the start times of an arrival rate, scenarios starting at their
 * {@code startTime}. Counts per executor are in the compat suite ({@link CompatSuiteTest}).
 */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ExecutorsTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    @TempDir
    Path dir;

    /** A sample of the json output: when, and its value and tags. */
    record Point(String metric, OffsetDateTime time, double value, JsonNode tags) {
    }

    private List<Point> run(String script, String... extraArgs) throws IOException {
        Scripts.write(dir, "script.js", script);
        List<String> args = new ArrayList<>(List.of("--out", "json=out.json"));
        args.addAll(List.of(extraArgs));
        args.add("script.js");
        var result = jk6(run, args.toArray(String[]::new)).in(dir).env("BASE_URL", target.baseUrl()).run();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<Point> points = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("out.json"))) {
            JsonNode n = JSON.readTree(line);
            if (n.path("type").asText().equals("Point")) {
                JsonNode data = n.path("data");
                points.add(new Point(n.path("metric").asText(), OffsetDateTime.parse(data.path("time").asText()),
                        data.path("value").asDouble(), data.path("tags")));
            }
        }
        return points;
    }

    /** The points of one metric, in time order (the file has them in the order VUs flushed them). */
    private static List<Point> of(List<Point> points, String metric) {
        return points.stream().filter(p -> p.metric().equals(metric))
                .sorted(java.util.Comparator.comparing(Point::time)).toList();
    }

    /** When the scenario's first iteration started: the earliest iteration_duration end less its value. */
    private static OffsetDateTime firstStart(List<Point> points, String scenario) {
        return of(points, "iteration_duration").stream().filter(p -> p.tags().path("scenario").asText().equals(scenario))
                .map(p -> p.time().minusNanos(Math.round(p.value() * 1_000_000))).min(java.util.Comparator.naturalOrder())
                .orElseThrow();
    }

    private static long millisBetween(Point a, Point b) {
        return Duration.between(a.time(), b.time()).toMillis();
    }

    @Test
    void rampingVusSamplesFollowTheStagesUpAndDown() throws IOException {
        List<Point> vus = of(run("""
                import { sleep } from 'k6';
                export const options = { scenarios: { ramp: {
                  executor: 'ramping-vus', startVUs: 0, gracefulRampDown: '0s',
                  stages: [ { duration: '2s', target: 6 }, { duration: '2s', target: 6 }, { duration: '2s', target: 0 },
                            { duration: '2s', target: 0 } ] } } };
                export default function () { sleep(0.1); }
                """), "vus");
        List<Double> values = vus.stream().map(Point::value).toList();
        assertThat(values).as("once a second, from the first at 0 VUs").hasSizeBetween(6, 10);
        assertThat(values.get(0)).isZero();
        int peak = values.indexOf(6.0);
        assertThat(peak).as("the plateau of 6 VUs is seen: %s", values).isPositive();
        assertThat(values.subList(0, peak + 1)).as("up to the plateau: %s", values).isSorted();
        List<Double> down = new ArrayList<>(values.subList(peak, values.size()));
        java.util.Collections.reverse(down);
        assertThat(down).as("down after it: %s", values).isSorted();
        assertThat(values.get(values.size() - 1)).as("the last stage holds 0 VUs: %s", values).isZero();
    }

    @Test
    void constantArrivalRateStartsItsIterationsSpreadOverTheDuration() throws IOException {
        List<Point> points = run("""
                import http from 'k6/http';
                import { Counter } from 'k6/metrics';
                const started = new Counter('started');
                export const options = { scenarios: { open: {
                  executor: 'constant-arrival-rate', rate: 50, timeUnit: '1s', duration: '4s',
                  preAllocatedVUs: 30, maxVUs: 60 } } };
                export default function () {
                  started.add(1); // stamped when the iteration starts; the iterations sample when it ends
                  http.get(`${__ENV.BASE_URL}/`);
                }
                """);
        List<Point> iterations = of(points, "iterations");
        List<Point> starts = of(points, "started");
        double dropped = of(points, "dropped_iterations").stream().mapToDouble(Point::value).sum();
        assertThat(iterations.size() + dropped).as("50/s for 4 s: 200 scheduled, each started or dropped")
                .isEqualTo(200);
        assertThat(iterations.size()).as("started: most, even on a loaded machine").isGreaterThanOrEqualTo(100);
        assertThat(iterations).allMatch(p -> p.tags().path("scenario").asText().equals("open"));
        assertThat(starts).hasSameSizeAs(iterations);
        // iteration i starts at i * 20 ms: the first and last start 3.98 s apart, not in a burst
        long span = millisBetween(starts.get(0), starts.get(starts.size() - 1));
        assertThat(span).as("first to last start").isBetween(3400L, 4300L);
        long firstHalf = starts.stream().filter(p -> millisBetween(starts.get(0), p) < 2000).count();
        assertThat((double) firstHalf / starts.size()).as("about half start in the first 2 s").isBetween(0.35, 0.65);
    }

    @Test
    void scenariosRunAtOnceEachFromItsStartTime() throws IOException {
        List<Point> points = run("""
                import { sleep } from 'k6';
                export const options = { scenarios: {
                  early: { executor: 'constant-vus', vus: 2, duration: '3s' },
                  late: { executor: 'per-vu-iterations', vus: 2, iterations: 2, startTime: '1500ms', exec: 'late',
                          tags: { phase: 'two' } } } };
                export default function () { sleep(0.2); }
                export function late() { sleep(0.2); }
                """);
        List<Point> iterations = of(points, "iterations");
        List<Point> early = iterations.stream().filter(p -> p.tags().path("scenario").asText().equals("early")).toList();
        List<Point> late = iterations.stream().filter(p -> p.tags().path("scenario").asText().equals("late")).toList();
        assertThat(late).hasSize(4).allMatch(p -> p.tags().path("phase").asText().equals("two"));
        assertThat(early).allMatch(p -> p.tags().path("phase").isMissingNode());
        // when each scenario's first iteration started (its end less its duration): a first
        // iteration that runs long on a busy machine moves its end, not its start
        long lateStart = Duration.between(firstStart(points, "early"), firstStart(points, "late")).toMillis();
        assertThat(lateStart).as("the late scenario starts ~1.5 s after the early one")
                .isBetween(1300L, 2500L);
        assertThat(early.get(early.size() - 1).time()).as("the early scenario keeps running meanwhile")
                .isAfter(late.get(0).time());
    }
}
