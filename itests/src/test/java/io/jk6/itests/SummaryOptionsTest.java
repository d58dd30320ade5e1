package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.TestTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** Summary, threshold and HTTP options from flags, {@code K6_*} variables and the script. */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SummaryOptionsTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    @TempDir
    Path dir;

    @Test
    void abortOnFailStopsALongTestEarlyWithExitCode99AndTheSummary() {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                export const options = {
                  vus: 2, duration: '10m',
                  thresholds: { http_req_failed: [{ threshold: 'rate<0.5', abortOnFail: true }] },
                };
                export default function () { http.get(`${__ENV.BASE}/status/500`); }
                """);

        var result = jk6(run, "-q", "-e", "BASE=" + target.baseUrl(), "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(99);
        assertThat(result.elapsed()).as("a 10 minute test").isLessThan(Duration.ofSeconds(60));
        assertThat(result.stderr()).contains("thresholds on metrics 'http_req_failed' were crossed;"
                + " at least one has abortOnFail enabled, stopping test prematurely");
        assertThat(result.stdout()).contains("█ THRESHOLDS", "✗ 'rate<0.5'", "█ TOTAL RESULTS");
    }

    @Test
    void summaryTrendStatsAndTimeUnitFlagsChangeTheColumns() {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                export default function () { http.get(`${__ENV.BASE}/`); }
                """);

        var result = jk6(run, "-q", "-i", "3", "-e", "BASE=" + target.baseUrl(),
                "--summary-trend-stats", "avg,p(99.9),count", "--summary-time-unit", "ms", "script.js")
                .in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        String line = result.stdout().lines().filter(l -> l.contains("http_req_duration")).findFirst().orElseThrow();
        assertThat(line).contains("avg=", "p(99.9)=", "count=3").doesNotContain("med=").doesNotContain("p(90)=");
        assertThat(line).matches(".*avg=\\d+\\.\\d\\dms.*");
    }

    @Test
    void summaryModeFullShowsTheMetricsCompactLeavesOut() {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                export default function () { http.get(`${__ENV.BASE}/`); }
                """);

        var compact = jk6(run, "-q", "-i", "1", "-e", "BASE=" + target.baseUrl(), "script.js").in(dir).run();
        var full = jk6(run, "-q", "-i", "1", "-e", "BASE=" + target.baseUrl(), "--summary-mode", "full",
                "script.js").in(dir).run();

        assertThat(compact.stdout()).doesNotContain("http_req_blocked");
        assertThat(full.stdout()).contains("http_req_blocked", "http_req_waiting", "http_req_duration");
    }

    @Test
    void noConnectionReuseOpensAConnectionPerRequest() {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                export default function () {
                  const r = http.get(`${__ENV.BASE}/echo`);
                  console.log(`connection header: ${r.json().headers.Connection}`);
                }
                """);

        var reused = jk6(run, "-q", "-i", "3", "-e", "BASE=" + target.baseUrl(), "script.js").in(dir).run();
        var closed = jk6(run, "-q", "-i", "3", "-e", "BASE=" + target.baseUrl(), "--no-connection-reuse",
                "script.js").in(dir).run();

        assertThat(reused.stderr()).contains("connection header: undefined").doesNotContain("connection header: close");
        assertThat(closed.stderr().split("connection header: close", -1)).as(closed.toString()).hasSize(3 + 1);
    }

    @Test
    void badValuesFromEveryPlaceAreReportedAtOnceWithExit104() {
        Scripts.write(dir, "script.js", "export default function () {}\n");
        Scripts.write(dir, "config.json", "{ \"setupTimeout\": \"later\" }");

        var result = jk6(run, "--config", "config.json", "--summary-trend-stats", "avg,p(101)",
                "--summary-mode", "short", "--tag", "=x", "script.js").in(dir)
                .env("K6_SUMMARY_TIME_UNIT", "minutes").env("K6_NO_SETUP", "perhaps").run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(104);
        assertThat(result.stderr()).contains(
                "config.json: setupTimeout: invalid duration \"later\"",
                "--summary-trend-stats: stat 'p(101)' asks for a percentile above 100",
                "--summary-mode: invalid summary mode \"short\", use 'compact', 'full' or 'disabled'",
                "--tag: error parsing tag '=x': invalid tag, empty name",
                "K6_SUMMARY_TIME_UNIT: invalid summary time unit \"minutes\", use 's', 'ms' or 'us'",
                "K6_NO_SETUP: \"perhaps\" is not true or false");
    }

    @Test
    void flagsWinOverVariablesOverTheScriptOverTheConfigFile() {
        Scripts.write(dir, "script.js", """
                export const options = { iterations: 2, summaryTrendStats: ['max'] };
                export default function () {}
                export function handleSummary(data) {
                  return { stdout: `iterations=${data.metrics.iterations.values.count}`
                    + ` stats=${data.options.summaryTrendStats} unit=${data.options.summaryTimeUnit}\\n` };
                }
                """);
        Scripts.write(dir, "config.json", """
                { "iterations": 7, "summaryTrendStats": ["min"], "summaryTimeUnit": "us" }
                """);

        var fileUnderScript = jk6(run, "-q", "--config", "config.json", "script.js").in(dir).run();
        var envOverScript = jk6(run, "-q", "--config", "config.json", "script.js").in(dir)
                .env("K6_ITERATIONS", "3").env("K6_SUMMARY_TREND_STATS", "avg").run();
        var flagOverEnv = jk6(run, "-q", "--config", "config.json", "-i", "4", "--summary-time-unit", "s",
                "script.js").in(dir).env("K6_ITERATIONS", "3").run();

        assertThat(fileUnderScript.stdout()).as(fileUnderScript.toString()).contains("iterations=2 stats=max unit=us");
        assertThat(envOverScript.stdout()).contains("iterations=3 stats=avg unit=us");
        assertThat(flagOverEnv.stdout()).contains("iterations=4 stats=max unit=s");
    }
}
