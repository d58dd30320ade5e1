package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.SummaryExport;
import io.jk6.testing.run.TestTarget;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** Broken scripts, options and command lines: the exit code and a message that points at the cause. */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ScriptErrorsTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    private static final int INVALID_CONFIG = 104;
    private static final int SCRIPT_ERROR = 107;
    private static final int BAD_COMMAND_LINE = 255;

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    @TempDir
    Path dir;

    @Test
    void aSyntaxErrorIsAScriptErrorNamingFileLineAndColumn() {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                export default function () {
                  const x = ;
                }
                """);

        var result = jk6(run, "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(SCRIPT_ERROR);
        assertThat(result.stderr()).contains("script.js:3:");
    }

    @Test
    void anExceptionInTheInitContextIsAScriptError() {
        Scripts.write(dir, "script.js", """
                throw new Error('boom in init');
                export default function () {}
                """);

        var result = jk6(run, "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(SCRIPT_ERROR);
        assertThat(result.stderr()).contains("boom in init");
    }

    @Test
    void anExceptionInDefaultIsLoggedAndTheTestGoesOn() {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                export default function () {
                  http.get(`${__ENV.BASE}/`);
                  if (__ITER % 2 === 1) {
                    throw new Error('boom');
                  }
                }
                """);

        var result = jk6(run, "-u", "1", "-i", "6", "-e", "BASE=" + target.baseUrl(),
                "--summary-export", "summary.json", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).contains("ERRO[", "Error: boom", "at default (", "script.js:5:");
        assertThat(result.stderr().split("Error: boom", -1)).as("one error logged per throwing iteration")
                .hasSize(3 + 1);
        var export = SummaryExport.read(dir.resolve("summary.json"));
        assertThat(export.count("iterations", "count")).isEqualTo(6);
        assertThat(export.count("http_reqs", "count")).isEqualTo(6);
    }

    @Test
    void anUnknownModuleIsAScriptErrorListingTheAvailableModules() {
        Scripts.write(dir, "script.js", """
                import nope from 'k6/x/nope';
                export default function () {}
                """);

        var result = jk6(run, "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(SCRIPT_ERROR);
        assertThat(result.stderr()).contains("unknown module k6/x/nope; available modules: ")
                .contains("k6/http", "k6/metrics");
    }

    @Test
    void anInvalidOptionValueIsAnInvalidConfigNamingTheOption() {
        Scripts.write(dir, "script.js", """
                export const options = { vus: 'x' };
                export default function () {}
                """);

        var result = jk6(run, "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(INVALID_CONFIG);
        assertThat(result.output()).contains("vus");
    }

    @Test
    void anInvalidDurationFlagIsAnInvalidConfigNamingTheFlag() {
        Scripts.write(dir, "script.js", "export default function () {}\n");

        var result = jk6(run, "-d", "nonsense", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(INVALID_CONFIG);
        assertThat(result.output()).contains("--duration");
    }

    @Test
    void anUnknownFlagIsABadCommandLine() {
        Scripts.write(dir, "script.js", "export default function () {}\n");

        var result = jk6(run, "--no-such-flag", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(BAD_COMMAND_LINE);
        assertThat(result.output()).contains("--no-such-flag");
    }

    @Test
    void aMissingScriptFileFailsNamingTheFile() {
        var result = jk6(run, "no-such-script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isNotZero();
        assertThat(result.stderr()).contains("no-such-script.js");
        assertThat(result.stdout()).doesNotContain("█ TOTAL RESULTS");
    }
}
