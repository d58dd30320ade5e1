package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** {@code k6/execution} in real runs: what a VU knows, and a script that aborts or fails the test. */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ExecutionTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path dir;

    @Test
    void eachVuKnowsItsIdInTheTest() {
        Scripts.write(dir, "script.js", """
                import exec from 'k6/execution';
                import { sleep } from 'k6';
                export const options = { vus: 2, iterations: 2 };
                export default function () {
                  console.log('vu id ' + exec.vu.idInTest + ' of ' + exec.scenario.executor);
                  sleep(0.5); // busy: the other VU takes the second iteration (a warm engine may run both at once)
                }
                """);

        var result = jk6(run, "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).contains("vu id 1 of shared-iterations").contains("vu id 2 of shared-iterations");
    }

    @Test
    void abortInTheThirdIterationEndsA30sRunAtOnceWithExitCode108() {
        Scripts.write(dir, "script.js", """
                import exec from 'k6/execution';
                import { sleep } from 'k6';
                export default function () {
                  if (exec.vu.iterationInInstance === 2) {
                    exec.test.abort('enough');
                    console.log('still running after the abort');
                  }
                  sleep(0.1);
                }
                """);

        var result = jk6(run, "-d", "30s", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(108);
        assertThat(result.elapsed()).as(result.toString()).isLessThan(Duration.ofSeconds(15));
        assertThat(result.stdout()).as("the summary").contains("iteration_duration");
        assertThat(result.stderr()).contains("test aborted: enough at default (script.js:5:5)").doesNotContain("still running after the abort");
    }

    @Test
    void failLetsTheTestEndAndExitsWith110() {
        Scripts.write(dir, "script.js", """
                import exec from 'k6/execution';
                export default function () {
                  exec.test.fail('bad data');
                }
                """);

        var result = jk6(run, "-i", "3", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(110);
        assertThat(result.stdout()).as("the summary").contains("iteration_duration");
        assertThat(result.stderr()).contains("test marked as failed: bad data");
    }

    @Test
    void abortInSetupPrintsTheSummaryAndInTheInitContextDoesNot() {
        Scripts.write(dir, "setup.js", """
                import exec from 'k6/execution';
                export function setup() { exec.test.abort('no data'); }
                export default function () { console.log('iteration ran'); }
                """);
        Scripts.write(dir, "init.js", """
                import exec from 'k6/execution';
                exec.test.abort();
                export default function () { }
                """);

        var setup = jk6(run, "-i", "3", "setup.js").in(dir).run();
        var init = jk6(run, "-i", "3", "init.js").in(dir).run();

        assertThat(setup.exitCode()).as(setup.toString()).isEqualTo(108);
        assertThat(setup.stdout()).as("the summary").contains("iterations");
        assertThat(setup.stderr()).contains("test aborted: no data").doesNotContain("iteration ran");
        assertThat(init.exitCode()).as(init.toString()).isEqualTo(108);
        assertThat(init.stderr()).contains("test aborted");
    }
}
