package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.SummaryExport;
import io.jk6.testing.run.TestTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code jk6 run --out csv}: the csv output bundle writes what the run measured; its settings come
 * from {@code K6_CSV_*} and the argument, a bad one stops the run before it starts. (That the
 * distribution installs it is EmbeddedLibrariesIT's, in e2e.)
 */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CsvOutputTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    @TempDir
    Path dir;

    @Test
    void everyRequestIsARowAndTheCountsMatchTheSummary() throws IOException {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                export default function () { http.get(`${__ENV.BASE}/`); }
                """);

        var result = jk6(run, "-u", "2", "-i", "10", "-e", "BASE=" + target.baseUrl(), "--out", "csv=out.csv",
                "--summary-export", "summary.json", "script.js").in(dir).env("K6_CSV_TIME_FORMAT", "unix_milli").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("output: csv (out.csv)");
        List<String> lines = Files.readAllLines(dir.resolve("out.csv"));
        assertThat(lines.get(0)).startsWith("metric_name,timestamp,metric_value,check,error,error_code,")
                .endsWith(",url,extra_tags,metadata");
        List<String> requests = lines.stream().filter(l -> l.startsWith("http_reqs,")).toList();
        assertThat((long) requests.size()).isEqualTo(SummaryExport.read(dir.resolve("summary.json"))
                .count("http_reqs", "count")).isEqualTo(10);
        assertThat(requests.get(0)).as("milliseconds (K6_CSV_TIME_FORMAT), value, method and status columns")
                .matches("http_reqs,\\d{13},1\\.000000,.*,GET,.*,200,.*");
    }

    @Test
    void aBadArgumentStopsTheRunBeforeItStartsInK6sWords() {
        Scripts.write(dir, "script.js", "export default function () { console.log('iteration ran'); }\n");

        var result = jk6(run, "-i", "1", "--out", "csv=fileName=a.csv,colour=red", "script.js").in(dir).run();

        assertThat(result.exitCode()).as("k6 gives no code of its own: -1\n%s", result).isEqualTo(255);
        assertThat(result.stderr()).contains("could not create the 'csv' output: unknown key \"colour\" as argument for csv output")
                .doesNotContain("iteration ran");
    }
}
