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

/** A k6 command line runs unchanged: k6's flags that mean little to jk6 are taken as k6 takes them. */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class K6CommandLineTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path dir;

    @Test
    void k6sOtherRunFlagsAreTakenAndMaxGetsK6sDeprecationLine() {
        Scripts.write(dir, "script.js", "export default function () {}\n");

        var result = jk6(run, "-m", "10", "--no-usage-report", "--traces-output", "none", "--no-summary",
                "--user-agent", "x/1", "--http-debug", "--rps", "5", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).contains("Flag --max has been deprecated");
        assertThat(result.stdout()).as("--no-summary").doesNotContain("TOTAL RESULTS");
    }

    @Test
    void helpIsTitledJk6Run() {
        var result = jk6(run, "--help").in(dir).run();

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).startsWith("Usage: jk6 run ").contains("--insecure-skip-tls-verify")
                .contains("--http-debug").contains("--no-summary");
    }

    @Test
    void aTracesOutputJk6CannotServeIsAConfigError() {
        Scripts.write(dir, "script.js", "export default function () {}\n");

        var result = jk6(run, "--traces-output", "otel", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(104);
        assertThat(result.stderr()).contains("--traces-output: \"otel\" is not supported by jk6");
    }

    @Test
    void logFlagsChooseTheFormatAndThePlaceOfTheLines() throws Exception {
        Scripts.write(dir, "script.js", """
                export default function () { console.log('from the script'); console.debug('detail'); }
                """);

        var json = jk6(run, "-q", "--log-format", "json", "-v", "script.js").in(dir).run();
        var files = jk6(run, "-q", "--log-output", "file=jk6.log,level=info", "--console-output", "console.txt",
                "script.js").in(dir).run();
        var none = jk6(run, "-q", "--log-output", "none", "script.js").in(dir).run();
        var bad = jk6(run, "--log-output", "loki=127.0.0.1:3100", "script.js").in(dir).run();

        assertThat(json.stderr()).as(json.toString()).contains(
                "{\"level\":\"info\",\"msg\":\"from the script\",\"source\":\"console\",\"time\":")
                .contains("\"level\":\"debug\",\"msg\":\"detail\"");
        assertThat(java.nio.file.Files.readString(dir.resolve("console.txt"))).contains("from the script")
                .doesNotContain("detail");
        assertThat(files.stderr()).doesNotContain("from the script");
        assertThat(none.stderr()).doesNotContain("from the script");
        assertThat(bad.exitCode()).isEqualTo(255);
        assertThat(bad.stderr()).contains("unsupported log output 'loki=127.0.0.1:3100'");
    }
}
