package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * {@code jk6 run --out experimental-prometheus-rw}: a server that does not answer costs a log
 * line, not the test, and native histograms are encoded and sent; a bad value is refused before
 * the test (the writes to a real Prometheus are tested beside the bundle, jk6-output-prometheus-rw's
 * PrometheusRwOutputRunTest; that the distribution installs it with its private protobuf and snappy
 * copies resolving in jk6's framework, EmbeddedLibrariesIT in e2e).
 */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class PrometheusRwOutputTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path dir;

    @Test
    void anUnreachableServerIsLoggedAndTheTestStillEndsWithItsSummary() {
        Scripts.write(dir, "script.js", "export default function () { }\n");

        // port 9 (discard): nothing listens on 127.0.0.1 there
        var result = jk6(run, "-i", "3", "--out", "experimental-prometheus-rw", "script.js").in(dir)
                .env("K6_PROMETHEUS_RW_SERVER_URL", "http://127.0.0.1:9/api/v1/write")
                .env("K6_PROMETHEUS_RW_PUSH_INTERVAL", "100ms").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("output: Prometheus remote write (http://127.0.0.1:9/api/v1/write)")
                .contains("iterations");
        assertThat(result.stderr()).contains("Failed to send the time series data to the endpoint: HTTP POST request"
                + " failed: Post \"http://127.0.0.1:9/api/v1/write\"");
    }

    @Test
    void trendsAsNativeHistogramsRunAndABadValueIsRefusedBeforeTheTest() {
        Scripts.write(dir, "script.js", "export default function () { }\n");

        var histograms = jk6(run, "-i", "3", "--out", "experimental-prometheus-rw", "script.js").in(dir)
                .env("K6_PROMETHEUS_RW_SERVER_URL", "http://127.0.0.1:9/api/v1/write")
                .env("K6_PROMETHEUS_RW_PUSH_INTERVAL", "100ms")
                .env("K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM", "true").run();
        assertThat(histograms.exitCode()).as(histograms.toString()).isZero();
        assertThat(histograms.stderr()).as("the histograms were encoded and sent")
                .contains("Failed to send the time series data to the endpoint: HTTP POST request failed");

        var refused = jk6(run, "-i", "1", "--out", "experimental-prometheus-rw", "script.js").in(dir)
                .env("K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM", "yes").run();
        assertThat(refused.exitCode()).as(refused.toString()).isNotZero();
        assertThat(refused.stderr()).contains("parse environment variables options failed")
                .contains("K6_PROMETHEUS_RW_TREND_AS_NATIVE_HISTOGRAM");
    }
}
