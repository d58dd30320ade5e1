package io.jk6.itests;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.TestTarget;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * {@code jk6:run} in the shell: the test runs in the background while the shell stays usable,
 * {@code jk6:status} shows it, {@code jk6:stop} ends it with its summary and k6's code for a
 * stopped test.
 */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ShellBackgroundRunTest {

    private static final Pattern STARTED = Pattern.compile("^\\[(\\d+)] started script\\.js in the background");

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    @InjectService(timeout = 30_000)
    CommandProcessor gogo;

    @TempDir
    Path dir;

    @Test
    void aTestRunsInTheBackgroundStatusShowsItAndStopEndsItWithItsSummary() throws Exception {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                import { sleep } from 'k6';
                export default function () { http.get(`${__ENV.BASE}/`); sleep(0.05); }
                """);
        try (GogoSession shell = new GogoSession(gogo, dir).awaitCommand("jk6:status")) {
            String started = shell.execute("jk6:run -q -u 2 -d 2m -e BASE=" + target.baseUrl() + " script.js");
            Matcher id = STARTED.matcher(started);
            assertThat(id.find()).as(started).isTrue();
            String test = id.group(1);

            // id, script, elapsed, 2 VUs, some iterations, some requests per second
            Pattern running = Pattern.compile("(?m)^" + test
                    + "\\s+script\\.js\\s+\\dm\\d\\d\\.\\ds\\s+2\\s+[1-9]\\d*\\s+(?!0\\.0\\s)\\d+\\.\\d\\s+running$");
            shell.retryUntil("jk6:status", status -> running.matcher(status).find(),
                    "jk6:status to show test " + test + " with 2 VUs iterating and requesting");
            assertThat(shell.execute("jk6:stop " + test)).isEqualTo("[" + test + "] stopping script.js");
            shell.awaitErrors("[" + test + "] done: script.js (exit code 105)");

            assertThat(shell.execute("jk6:status")).contains("no test is running");
            assertThat(shell.output()).as("the stopped test's summary").contains("iterations");
        }
    }
}
