package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.SummaryExport;
import io.jk6.testing.run.TestTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** {@code jk6 run}: what runs, how much, and what the end-of-test summary and export say about it. */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class RunSummaryTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    @TempDir
    Path dir;

    @Test
    void iterationsAreSharedAmongVusAndEveryRequestAndCheckIsCounted() {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                import { check } from 'k6';
                export default function () {
                  const res = http.get(`${__ENV.BASE}/`);
                  check(res, { 'status is 200': (r) => r.status === 200 });
                }
                """);

        var result = jk6(run, "-u", "2", "-i", "10", "-e", "BASE=" + target.baseUrl(),
                "--summary-export", "summary.json", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("█ TOTAL RESULTS", "✓ status is 200")
                .containsPattern("checks_total\\.+: 10\\b")
                .containsPattern("http_reqs\\.+: 10\\b");
        var export = SummaryExport.read(dir.resolve("summary.json"));
        assertThat(export.count("http_reqs", "count")).isEqualTo(10);
        assertThat(export.count("iterations", "count")).isEqualTo(10);
        assertThat(export.count("checks", "passes")).isEqualTo(10);
        assertThat(export.count("checks", "fails")).isZero();
        assertThat(export.check("status is 200").path("passes").asLong()).isEqualTo(10);
        assertThat(export.check("status is 200").path("fails").asLong()).isZero();
    }

    @Test
    void aCheckFailingEveryOtherIterationIsCountedHalfPassedHalfFailed() {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                import { check } from 'k6';
                export default function () {
                  const path = __ITER % 2 === 0 ? '/' : '/status/500';
                  const res = http.get(`${__ENV.BASE}${path}`);
                  check(res, { 'status is 200': (r) => r.status === 200 });
                }
                """);

        var result = jk6(run, "-u", "1", "-i", "10", "-e", "BASE=" + target.baseUrl(),
                "--summary-export", "summary.json", "script.js").in(dir).run();

        assertThat(result.exitCode()).as("failed checks do not fail the run\n%s", result).isZero();
        assertThat(result.stdout()).contains("✗ status is 200");
        var export = SummaryExport.read(dir.resolve("summary.json"));
        assertThat(export.count("checks", "passes")).isEqualTo(5);
        assertThat(export.count("checks", "fails")).isEqualTo(5);
        assertThat(export.metric("checks").path("value").asDouble()).isEqualTo(0.5);
        assertThat(export.check("status is 200").path("passes").asLong()).isEqualTo(5);
        assertThat(export.check("status is 200").path("fails").asLong()).isEqualTo(5);
        assertThat(export.count("http_req_failed", "passes")).as("failed requests").isEqualTo(5);
    }

    @Test
    void aDurationRunKeepsIteratingForThatLong() {
        Scripts.write(dir, "script.js", DURATION_SCRIPT);

        var result = jk6(run, "-u", "3", "-d", "2s", "-e", "BASE=" + target.baseUrl(),
                "--summary-export", "summary.json", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        var export = SummaryExport.read(dir.resolve("summary.json"));
        long iterations = export.count("iterations", "count");
        assertThat(iterations).as("3 VUs sleeping 0.1 s for 2 s").isBetween(3L, 3L * 21);
        double runSeconds = iterations / export.metric("iterations").path("rate").asDouble();
        assertThat(runSeconds).as("test run duration = iterations count / rate").isBetween(1.8, 2.8);
        List<Long> starts = timestamps(result.stderr(), "iteration started at ");
        List<Long> ends = timestamps(result.stderr(), "iteration ended at ");
        long iteratingMillis = Collections.max(ends) - Collections.min(starts);
        assertThat(iteratingMillis).as("first iteration start to last iteration end, ms").isBetween(1800L, 2800L);
    }

    @Test
    void vusAndVusMaxAreAlwaysReported() {
        Scripts.write(dir, "script.js", "export default function () {}\n");

        var result = jk6(run, "-u", "2", "-i", "4", "--summary-export", "summary.json", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        var export = SummaryExport.read(dir.resolve("summary.json"));
        assertThat(export.count("vus_max", "max")).isEqualTo(2);
        assertThat(export.count("vus", "max")).isBetween(1L, 2L);
        assertThat(result.stdout()).containsPattern("vus_max\\.+: 2\\b");
    }

    /** Each iteration logs its start and end time (ms since the epoch) and sleeps a little. */
    private static final String DURATION_SCRIPT = """
            import http from 'k6/http';
            import { sleep } from 'k6';
            export default function () {
              console.log(`iteration started at ${Date.now()}`);
              http.get(`${__ENV.BASE}/json`);
              sleep(0.1);
              console.log(`iteration ended at ${Date.now()}`);
            }
            """;

    private static List<Long> timestamps(String log, String prefix) {
        List<Long> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(log);
        while (matcher.find()) {
            found.add(Long.parseLong(matcher.group(1)));
        }
        assertThat(found).as("lines \"%s...\" in stderr", prefix).isNotEmpty();
        return found;
    }
}
