package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.SummaryExport;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** Timers, async iterations, top-level await, TextEncoder/TextDecoder and WebCrypto in a real run. */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class AsyncAndWebApisTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path dir;

    @Test
    void anAsyncScriptUsingTimersAndWebApisPassesEveryCheck() {
        Scripts.write(dir, "script.js", """
                import { check } from 'k6';
                import { setTimeout as timeout } from 'k6/timers';

                const delay = (ms) => new Promise((resolve) => timeout(resolve, ms));
                const config = await Promise.resolve({ greeting: 'hello' });

                export const options = { vus: 2, iterations: 6 };

                export default async function () {
                  const start = Date.now();
                  await delay(50);
                  let ticks = 0;
                  await new Promise((resolve) => {
                    const id = setInterval(() => { if (++ticks === 3) { clearInterval(id); resolve(); } }, 5);
                  });
                  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(config.greeting));
                  check(null, {
                    'waited for the timer': () => Date.now() - start >= 50,
                    'interval ticked 3 times': () => ticks === 3,
                    'sha-256 of hello': () => new Uint8Array(digest)[0] === 0x2c && digest.byteLength === 32,
                    'decoded': () => new TextDecoder().decode(new TextEncoder().encode('żółw')) === 'żółw',
                    'uuid': () => crypto.randomUUID().length === 36,
                  });
                }
                """);

        var result = jk6(run, "--summary-export", "summary.json", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        var export = SummaryExport.read(dir.resolve("summary.json"));
        assertThat(export.count("checks", "passes")).as(result.toString()).isEqualTo(30);
        assertThat(export.count("checks", "fails")).as(result.toString()).isZero();
        assertThat(export.metric("iteration_duration").get("min").asDouble()).as(result.toString())
                .isGreaterThanOrEqualTo(50);
    }

    @Test
    void aRejectedIterationIsLoggedWithItsLocationAndTheTestGoesOn() {
        Scripts.write(dir, "script.js", """
                export default async function () {
                  await null;
                  throw new Error('async boom');
                }
                """);

        var result = jk6(run, "-i", "2", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).as(result.toString()).contains("Error: async boom").contains("script.js:3:");
    }
}
