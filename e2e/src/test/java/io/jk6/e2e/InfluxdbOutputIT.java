package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.run.Scripts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jk6 run --out influxdb}: the output bundle is installed by default, and a server that
 * does not answer costs a log line, not the test (the writes against a real InfluxDB are tested
 * beside the bundle, jk6-output-influxdb's InfluxOutputRunTest).
 */
class InfluxdbOutputIT {

    @TempDir
    Path dir;

    @Test
    void anUnreachableServerIsLoggedAndTheTestStillEndsWithItsSummary() {
        Scripts.write(dir, "script.js", "export default function () { }\n");

        // port 9 (discard): nothing listens on 127.0.0.1 there
        var result = jk6("run", "-i", "3", "--out", "influxdb=http://127.0.0.1:9/k6", "script.js").in(dir)
                .env("K6_INFLUXDB_PUSH_INTERVAL", "100ms").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("output: InfluxDBv1 (http://127.0.0.1:9)").contains("iterations");
        assertThat(result.stderr()).contains("Couldn't write stats to http://127.0.0.1:9");
    }
}
