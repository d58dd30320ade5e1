package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** {@code export function handleSummary(data)}: what it returns goes to stdout, stderr and files. */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class HandleSummaryTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path dir;

    @Test
    void writesStdoutAndFilesInsteadOfTheDefaultSummary() throws IOException {
        Scripts.write(dir, "script.js", """
                export const options = { iterations: 2, thresholds: { iterations: ['count==2'] } };
                export default function () {}
                export function handleSummary(data) {
                  const ok = data.metrics.iterations.thresholds['count==2'].ok;
                  return {
                    stdout: `iterations: ${data.metrics.iterations.values.count}, threshold ok: ${ok}\\n`,
                    stderr: 'to stderr\\n',
                    'reports/summary.json': JSON.stringify(data),
                  };
                }
                """);
        Files.createDirectories(dir.resolve("reports"));

        var result = jk6(run, "-q", "--summary-export", "export.json", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).as("the default summary is not printed").contains("iterations: 2, threshold ok: true")
                .doesNotContain("TOTAL RESULTS");
        assertThat(result.stderr()).contains("to stderr");
        assertThat(Files.readString(dir.resolve("reports/summary.json"), StandardCharsets.UTF_8))
                .contains("\"root_group\"", "\"testRunDurationMs\"", "\"summaryTrendStats\"");
        assertThat(dir.resolve("export.json")).as("--summary-export is written as well").exists();
    }

    @Test
    void aFileInAMissingDirectoryIsAnErrorAndTheOtherOutputsAreWritten() {
        Scripts.write(dir, "script.js", """
                export const options = { iterations: 1 };
                export default function () {}
                export function handleSummary() {
                  return { 'no/such/dir/out.txt': 'x', 'out.txt': 'written', stdout: 'done\\n' };
                }
                """);

        var result = jk6(run, "-q", "script.js").in(dir).run();

        assertThat(result.exitCode()).as("k6 creates no directories; the test itself passed").isZero();
        assertThat(result.stderr()).contains("could not open 'no/such/dir/out.txt'", "no such file or directory");
        assertThat(dir.resolve("out.txt")).hasContent("written");
        assertThat(result.stdout()).contains("done");
    }

    @Test
    void returningNothingPrintsTheDefaultSummary() {
        Scripts.write(dir, "script.js", """
                export const options = { iterations: 1 };
                export default function () {}
                export function handleSummary(data) { console.log('handleSummary ran'); }
                """);

        var result = jk6(run, "-q", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).contains("handleSummary ran");
        assertThat(result.stdout()).contains("█ TOTAL RESULTS");
    }

    @Test
    void summaryModeDisabledNeitherPrintsNorCallsHandleSummary() {
        Scripts.write(dir, "script.js", """
                export const options = { iterations: 1, thresholds: { iterations: ['count>5'] } };
                export default function () {}
                export function handleSummary(data) { console.log('handleSummary ran'); return {}; }
                """);

        var result = jk6(run, "-q", "--summary-mode", "disabled", "script.js").in(dir).run();

        assertThat(result.exitCode()).as("thresholds still decide").isEqualTo(99);
        assertThat(result.stdout()).doesNotContain("TOTAL RESULTS").doesNotContain("THRESHOLDS");
        assertThat(result.stderr()).doesNotContain("handleSummary ran")
                .contains("thresholds on metrics 'iterations' have been crossed");
    }
}
