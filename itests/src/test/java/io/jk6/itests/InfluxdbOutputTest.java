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
 * {@code jk6 run --out influxdb}: a server that does not answer costs a log line, not the test
 * (the writes against a real InfluxDB are tested beside the bundle, jk6-output-influxdb's
 * InfluxOutputRunTest; that the distribution installs it, EmbeddedLibrariesIT in e2e).
 */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class InfluxdbOutputTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path dir;

    @Test
    void anUnreachableServerIsLoggedAndTheTestStillEndsWithItsSummary() {
        Scripts.write(dir, "script.js", "export default function () { }\n");

        // port 9 (discard): nothing listens on 127.0.0.1 there
        var result = jk6(run, "-i", "3", "--out", "influxdb=http://127.0.0.1:9/k6", "script.js").in(dir)
                .env("K6_INFLUXDB_PUSH_INTERVAL", "100ms").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("output: InfluxDBv1 (http://127.0.0.1:9)").contains("iterations");
        assertThat(result.stderr()).contains("Couldn't write stats to http://127.0.0.1:9");
    }
}
