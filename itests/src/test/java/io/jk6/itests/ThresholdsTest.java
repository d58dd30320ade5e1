package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.RunResult;
import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.SummaryExport;
import io.jk6.testing.run.TestTarget;
import java.nio.file.Path;
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

/** {@code options.thresholds}: pass/fail in the summary, the export and the exit code. */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ThresholdsTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    private static final int THRESHOLDS_FAILED = 99;
    private static final int INVALID_CONFIG = 104;

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    @TempDir
    Path dir;

    @Test
    void aCrossedThresholdFailsTheRunWithExitCode99() {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                export const options = { thresholds: { http_req_duration: ['p(95)<0.0001'] } };
                export default function () { http.get(`${__ENV.BASE}/`); }
                """);

        var result = run("-i", "3");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(THRESHOLDS_FAILED);
        assertThat(result.stdout()).contains("█ THRESHOLDS", "✗ 'p(95)<0.0001'");
        assertThat(SummaryExport.read(dir.resolve("summary.json"))
                .thresholdFailed("http_req_duration", "p(95)<0.0001")).as("failed flag").isTrue();
    }

    @Test
    void thresholdsThatHoldLetTheRunSucceed() {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                import { check } from 'k6';
                export const options = {
                  thresholds: {
                    http_req_duration: ['p(95)<5000', 'max<10000'],
                    checks: ['rate==1'],
                  },
                };
                export default function () {
                  check(http.get(`${__ENV.BASE}/`), { 'status is 200': (r) => r.status === 200 });
                }
                """);

        var result = run("-i", "3");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("█ THRESHOLDS", "✓ 'p(95)<5000'", "✓ 'rate==1'")
                .doesNotContain("✗ '");
        var export = SummaryExport.read(dir.resolve("summary.json"));
        assertThat(export.thresholdFailed("http_req_duration", "p(95)<5000")).isFalse();
        assertThat(export.thresholdFailed("http_req_duration", "max<10000")).isFalse();
        assertThat(export.thresholdFailed("checks", "rate==1")).isFalse();
    }

    @Test
    void aSubMetricThresholdOnlyCountsSamplesWithThatTag() {
        // 5 answers 200 and 5 answers 404: each sub-metric sees only its 5
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                export const options = {
                  thresholds: {
                    'http_reqs{status:200}': ['count==5'],
                    'http_reqs{status:404}': ['count==5'],
                    'http_req_duration{status:200}': ['max<10000'],
                  },
                };
                export default function () {
                  http.get(`${__ENV.BASE}${__ITER % 2 === 0 ? '/' : '/status/404'}`);
                }
                """);

        var result = run("-u", "1", "-i", "10");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("http_reqs{status:200}", "✓ 'count==5'", "✓ 'max<10000'");
        var export = SummaryExport.read(dir.resolve("summary.json"));
        assertThat(export.count("http_reqs", "count")).isEqualTo(10);
        assertThat(export.count("http_reqs{status:200}", "count")).isEqualTo(5);
        assertThat(export.thresholdFailed("http_reqs{status:200}", "count==5")).isFalse();
        assertThat(export.count("http_reqs{status:404}", "count")).isEqualTo(5);
        assertThat(export.thresholdFailed("http_reqs{status:404}", "count==5")).isFalse();
        assertThat(export.thresholdFailed("http_req_duration{status:200}", "max<10000")).isFalse();
    }

    @Test
    void aThresholdWithBadSyntaxIsAnInvalidConfigNamingTheExpression() {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                export const options = { thresholds: { http_req_duration: ['p(95)<<fast'] } };
                export default function () { http.get(`${__ENV.BASE}/`); }
                """);

        var result = run("-i", "1");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(INVALID_CONFIG);
        assertThat(result.output()).contains("p(95)<<fast");
        assertThat(result.stdout()).doesNotContain("█ TOTAL RESULTS");
    }

    @Test
    void anAggregationTheMetricTypeLacksIsAnInvalidConfig() {
        Scripts.write(dir, "script.js", AGGREGATION_TRENDS_LACK);

        var result = run("-i", "1");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(INVALID_CONFIG);
        assertThat(result.stderr()).contains("count", "http_req_duration", "trend");
    }

    @Test
    void anAggregationTheMetricTypeLacksIsRejectedBeforeTheTestRuns() {
        Scripts.write(dir, "script.js", AGGREGATION_TRENDS_LACK);

        var result = run("-i", "1");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(INVALID_CONFIG);
        assertThat(result.stdout()).doesNotContain("█ TOTAL RESULTS");
        assertThat(result.stderr()).doesNotContain("complete and 0 interrupted iterations");
    }

    /** Trends aggregate as avg, min, max, med and p(N): no count. */
    private static final String AGGREGATION_TRENDS_LACK = """
            import http from 'k6/http';
            export const options = { thresholds: { http_req_duration: ['count>=1'] } };
            export default function () { http.get(`${__ENV.BASE}/`); }
            """;

    private RunResult run(String... flags) {
        List<String> args = new ArrayList<>();
        args.addAll(List.of(flags));
        args.addAll(List.of("-e", "BASE=" + target.baseUrl(), "--summary-export", "summary.json", "script.js"));
        return jk6(run, args.toArray(String[]::new)).in(dir).run();
    }
}
