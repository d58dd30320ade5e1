package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.TestTarget;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stopping a running test with Ctrl-C (SIGINT) or SIGTERM: prompt exit 105, summary still printed. */
class SignalIT {

    private static final int STOPPED_BY_SIGNAL = 105;
    private static final Duration PROMPT_STOP = Duration.ofSeconds(10);

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM"})
    void aSignalStopsTheTestPromptlyWithTheSummary(String signal) {
        stopsOnSignal(signal, false);
    }

    @Test
    void sigintStopsARunStartedInTheBackgroundOfAScript() {
        // `jk6 run script.js &` in a non-interactive shell starts with SIGINT ignored; k6 still stops on it
        stopsOnSignal("INT", true);
    }

    private void stopsOnSignal(String signal, boolean sigintIgnored) {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                import { sleep } from 'k6';
                export default function () {
                  if (__ITER === 2) console.log(`vu ${__VU} finished 2 iterations`);
                  http.get(`${__ENV.BASE}/`);
                  sleep(0.1);
                }
                """);
        var process = jk6("run", "-u", "2", "-d", "60s", "-e", "BASE=" + target.baseUrl(), "script.js").in(dir);
        var running = (sigintIgnored ? process.sigintIgnored() : process).start();
        // some iterations (and their requests) are done, so there is something to summarize
        running.awaitStderr("finished 2 iterations");

        long signalled = System.nanoTime();
        running.signal(signal);
        var result = running.awaitExit();

        assertThat(Duration.ofNanos(System.nanoTime() - signalled)).as("time to stop after SIG%s\n%s", signal, result)
                .isLessThan(PROMPT_STOP);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(STOPPED_BY_SIGNAL);
        assertThat(result.stdout()).contains("█ TOTAL RESULTS").containsPattern("http_reqs\\.+: [1-9]");
    }
}
